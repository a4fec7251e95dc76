package org.onegrid.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.SameTransactionListener;
import org.onegrid.api.Violation;
import org.onegrid.grid.DistrictRemoved;
import org.onegrid.grid.Districts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels each district served takes cases in on: a choice from the installation's channels, so that a report
 * at a place in a street that has no 110 diversion is not taken in on 110. A district that names no channels takes
 * cases on every one. A report on another channel is refused before anything is stored; a hotline ticket so
 * refused waits in triage with the reason.
 */
@Service
public class DistrictChannels {

	private final JdbcClient jdbc;

	private final IntakeChannels channels;

	private final Districts districts;

	DistrictChannels(JdbcClient jdbc, IntakeChannels channels, Districts districts) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.districts = districts;
	}

	/** The codes of the channels the district takes cases in on, sorted; empty when it takes every channel. */
	public Optional<List<String>> of(String district) {
		List<String> named = jdbc.sql("SELECT channel FROM intake_district_channel WHERE district = :district "
				+ "ORDER BY channel").param("district", district).query(String.class).list();
		return named.isEmpty() ? Optional.empty() : Optional.of(named);
	}

	/** Whether the district takes cases on the channel: always, when it names none. */
	public boolean takes(String district, String channel) {
		return of(district).map(named -> named.contains(channel)).orElse(true);
	}

	/**
	 * Replaces the district's channels; refused, changing nothing, when the district is not served (404), or the
	 * list is empty or names a channel the installation lacks (400, entry by entry).
	 */
	@Transactional
	public List<String> put(String district, List<String> codes) {
		districts.get(district);
		List<Violation> violations = new ArrayList<>();
		if (codes == null || codes.isEmpty()) {
			violations.add(new Violation("channels", "REQUIRED", "name at least one channel; to take cases on "
					+ "every channel, remove the district's choice"));
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (int i = 0; codes != null && i < codes.size(); i++) {
			String code = Fields.blankToNull(codes.get(i));
			Optional<IntakeChannel> channel = channels.find(code);
			if (channel.isEmpty()) {
				violations.add(new Violation("channels[" + i + "]", "UNKNOWN", "there is no channel '" + code
						+ "'"));
			}
			channel.ifPresent(found -> chosen.add(found.code()));
		}
		Fields.failIfAny(violations);
		clear(district);
		chosen.forEach(code -> jdbc.sql("INSERT INTO intake_district_channel (district, channel) VALUES (?, ?)")
			.params(district, code).update());
		return of(district).orElseThrow();
	}

	/**
	 * Lets the district take cases on every channel again; two administrators changing one district's channels at
	 * once take turns, so the later change is kept. @throws ApiProblem 404 when it is not served
	 */
	@Transactional
	public void clear(String district) {
		districts.get(district);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('intake_district_channel:' || :district))")
			.param("district", district).query((rs, row) -> 1).list();
		jdbc.sql("DELETE FROM intake_district_channel WHERE district = ?").param(district).update();
	}

	/** A district no longer served names no channels: they go, in the same transaction. */
	@SameTransactionListener
	void on(DistrictRemoved removed) {
		jdbc.sql("DELETE FROM intake_district_channel WHERE district = ?").param(removed.code()).update();
	}

	/** The code a report's channel goes by: its own channel's, or the built-in one's. */
	static String codeOf(Report report) {
		return report.source() != null ? report.source() : report.channel().name();
	}
}
