package org.onegrid.catalogue;

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
 * The services each district served offers: a choice from the one catalogue the installation keeps, so that a
 * street with five categories of its own shows its citizens and its Open311 clients those five, and a district
 * shows its whole list. A district that names no choice offers the whole catalogue. Routing stays the
 * catalogue's; a district's own time limits are {@link DistrictLimits}.
 */
@Service
public class DistrictOffers {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Districts districts;

	DistrictOffers(JdbcClient jdbc, Catalogue catalogue, Districts districts) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.districts = districts;
	}

	/** The classes the district offers, in catalogue order; empty when it offers the whole catalogue. */
	public Optional<List<OfferedClass>> of(String district) {
		List<OfferedClass> offered = jdbc.sql("""
				SELECT kind, code AS minor_code FROM catalogue_district_offer WHERE district = :district
				ORDER BY kind, code""").param("district", district).query(OfferedClass.class).list();
		return offered.isEmpty() ? Optional.empty() : Optional.of(offered);
	}

	/** Whether the district offers the minor class: always, when it offers the whole catalogue. */
	public boolean offers(String district, Kind kind, String code) {
		return of(district).map(list -> list.contains(new OfferedClass(kind.name(), code))).orElse(true);
	}

	/**
	 * Replaces the district's choice; refused, changing nothing, when the district is not served (404), the list is
	 * empty, or an entry names no minor class of the catalogue (400, entry by entry).
	 */
	@Transactional
	public List<OfferedClass> put(String district, List<OfferedClass> classes) {
		districts.get(district);
		List<Violation> violations = new ArrayList<>();
		if (classes == null || classes.isEmpty()) {
			violations.add(new Violation("classes", "REQUIRED", "name at least one minor class; to offer the whole "
					+ "catalogue, remove the district's choice"));
		}
		Set<OfferedClass> chosen = new LinkedHashSet<>();
		for (int i = 0; classes != null && i < classes.size(); i++) {
			OfferedClass entry = classes.get(i);
			String field = "classes[" + i + "]";
			Kind kind = entry == null ? null : Fields.oneOf(Kind.class, entry.kind(), field + ".kind", true,
					violations);
			String code = entry == null ? null : Fields.blankToNull(entry.minorCode());
			if (entry == null || kind != null && (code == null || !catalogue.exists(kind, code))) {
				violations.add(new Violation(field, "UNKNOWN", "the catalogue has no minor class "
						+ (entry == null ? "null" : kind + " " + code)));
			}
			else if (kind != null) {
				chosen.add(new OfferedClass(kind.name(), code));
			}
		}
		Fields.failIfAny(violations);
		clear(district);
		for (OfferedClass offered : chosen) {
			jdbc.sql("""
					INSERT INTO catalogue_district_offer (district, kind, code) VALUES (:district, :kind, :code)
					ON CONFLICT DO NOTHING""")
				.param("district", district).param("kind", offered.kind()).param("code", offered.minorCode())
				.update();
		}
		return of(district).orElseThrow();
	}

	/** A district no longer served offers nothing: its choice goes, in the same transaction. */
	@SameTransactionListener
	void on(DistrictRemoved removed) {
		jdbc.sql("DELETE FROM catalogue_district_offer WHERE district = :district").param("district", removed.code())
			.update();
	}

	/**
	 * Lets the district offer the whole catalogue again; two administrators changing one district's choice at once
	 * take turns, so the later choice is the one kept. @throws ApiProblem 404 when it is not served
	 */
	@Transactional
	public void clear(String district) {
		districts.get(district);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('catalogue_district_offer:' || :district))")
			.param("district", district).query((rs, row) -> 1).list();
		jdbc.sql("DELETE FROM catalogue_district_offer WHERE district = :district").param("district", district)
			.update();
	}
}
