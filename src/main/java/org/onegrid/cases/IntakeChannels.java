package org.onegrid.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The district's intake channels, kept as data so that a district names its own (WeChat, the provincial 平安 system,
 * the digital city-management platform…) without a release. The eight built-in channels are always there; a
 * channel a case was taken in on cannot be removed.
 */
@Service
public class IntakeChannels {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern DETAIL = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	IntakeChannels(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Every channel, the built-in ones first. */
	public List<IntakeChannel> list() {
		return jdbc.sql("SELECT * FROM intake_channel ORDER BY code <> kind, code").query(IntakeChannels::read).list();
	}

	/** The channel a report names, its code in any case. */
	public Optional<IntakeChannel> find(String code) {
		return code == null ? Optional.empty() : jdbc.sql("SELECT * FROM intake_channel WHERE code = ?")
			.param(code.strip().toUpperCase(java.util.Locale.ROOT)).query(IntakeChannels::read).optional();
	}

	/** @throws ApiProblem 404 when there is no such channel */
	public IntakeChannel get(String code) {
		return find(code).orElseThrow(() -> ApiProblem.notFound("Channel", code));
	}

	/** What is wrong with the channel, field by field; nothing when it may be stored as it is. */
	public List<Violation> check(String code, IntakeChannel.Definition channel) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "PATTERN", "a channel code has 2 to 40 upper-case letters, digits and "
					+ "underscores, starting with a letter, such as DIGITAL_CITY"));
		}
		Fields.text(channel.nameZh(), "nameZh", Fields.MAX_NAME, violations);
		Fields.text(channel.nameEn(), "nameEn", Fields.MAX_NAME, violations);
		Channel kind = Fields.oneOf(Channel.class, channel.kind(), "kind", true, violations);
		boolean builtInCode = code != null && Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(code));
		if (builtInCode && kind != null && !kind.name().equals(code)) {
			violations.add(new Violation("kind", "BUILT_IN", "the built-in channel " + code + " is its own kind"));
		}
		List<String> details = channel.requiredDetails() == null ? List.of() : channel.requiredDetails();
		if (details.size() > 10) {
			violations.add(new Violation("requiredDetails", "SIZE", "at most 10 required details"));
		}
		for (int i = 0; i < details.size(); i++) {
			if (details.get(i) == null || !DETAIL.matcher(details.get(i)).matches()) {
				violations.add(new Violation("requiredDetails[" + i + "]", "PATTERN",
						"a detail's key has 1 to 40 letters and digits, such as ticketNo"));
			}
		}
		return violations;
	}

	/** Adds the channel or replaces it; answers whether it was new. 400 listing every problem. */
	public boolean put(String code, IntakeChannel.Definition channel) {
		Fields.failIfAny(check(code, channel));
		boolean created = find(code).isEmpty();
		jdbc.sql("""
				INSERT INTO intake_channel (code, name_zh, name_en, kind, required_details, updated_at)
				VALUES (:code, :zh, :en, :kind, string_to_array(:details, ','), :now)
				ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
				  kind = excluded.kind, required_details = excluded.required_details, updated_at = excluded.updated_at
				""")
			.param("code", code).param("zh", channel.nameZh().strip()).param("en", channel.nameEn().strip())
			.param("kind", Fields.upper(channel.kind()))
			.param("details", String.join(",", channel.requiredDetails() == null ? List.of()
					: channel.requiredDetails()))
			.param("now", Timestamp.from(calendar.now()))
			.update();
		return created;
	}

	/** Removes the channel: 404 when there is none, 409 for a built-in one or one a case was taken in on. */
	public void delete(String code) {
		IntakeChannel channel = get(code);
		if (channel.builtIn()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "内置渠道不可删除 / The built-in channel " + code
					+ " cannot be removed");
		}
		try {
			jdbc.sql("DELETE FROM intake_channel WHERE code = ?").param(channel.code()).update();
		}
		catch (DataIntegrityViolationException inUse) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "渠道已有案件 / Cases were taken in on " + code
					+ "; it stays so that they can be traced back to it");
		}
	}

	private static IntakeChannel read(ResultSet rs, int row) throws SQLException {
		String[] details = (String[]) rs.getArray("required_details").getArray();
		return new IntakeChannel(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				Channel.valueOf(rs.getString("kind")), List.of(details));
	}
}
