package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.SameTransactionListener;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.internal.CatalogueCache;
import org.onegrid.catalogue.internal.DistrictLimitRows;
import org.onegrid.grid.DistrictRemoved;
import org.onegrid.grid.Districts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time limits each district served sets for itself: one installation serves streets whose plans give the
 * same category different limits, and a case takes the limits of the district that holds it. A stage a district
 * does not name, and a class it names nothing for, keep the catalogue's limit; urgency scales a district's limit as
 * it scales the catalogue's, and the same cap holds.
 */
@Service
public class DistrictLimits {

	private final DistrictLimitRows rows;

	private final Catalogue catalogue;

	private final CatalogueCache cache;

	private final Districts districts;

	private final JdbcClient jdbc;

	DistrictLimits(DistrictLimitRows rows, Catalogue catalogue, CatalogueCache cache, Districts districts,
			JdbcClient jdbc) {
		this.rows = rows;
		this.catalogue = catalogue;
		this.cache = cache;
		this.districts = districts;
		this.jdbc = jdbc;
	}

	/** The district's own limits, class by class in catalogue order; empty when it keeps the catalogue's. */
	public List<DistrictLimit> of(String district) {
		Map<String, List<TimeLimit>> byClass = new TreeMap<>(cache.current().districtLimits().getOrDefault(district,
				Map.of()));
		List<DistrictLimit> result = new ArrayList<>();
		byClass.forEach((key, limits) -> result.add(new DistrictLimit(key.substring(0, key.indexOf('/')),
				key.substring(key.indexOf('/') + 1), limits.stream().map(DistrictLimits::definition).toList())));
		return result;
	}

	/**
	 * Replaces the district's own limits; refused, changing nothing, when the district is not served (404), or the
	 * list is empty, names a class the catalogue lacks or twice, or holds a limit that is not positive, over the
	 * cap or repeated (400, entry by entry).
	 */
	@Transactional
	public List<DistrictLimit> put(String district, List<DistrictLimit> classes) {
		districts.get(district);
		List<Violation> violations = new ArrayList<>();
		if (classes == null || classes.isEmpty()) {
			violations.add(new Violation("classes", "REQUIRED", "name at least one minor class; to keep the "
					+ "catalogue's limits everywhere, remove the district's own"));
		}
		MinorClassCheck check = catalogue.check();
		List<Checked> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; classes != null && i < classes.size(); i++) {
			DistrictLimit entry = classes.get(i);
			String field = "classes[" + i + "]";
			if (entry == null) {
				violations.add(new Violation(field, "REQUIRED", "a minor class and its limits are required"));
				continue;
			}
			Kind kind = Fields.oneOf(Kind.class, entry.kind(), field + ".kind", true, violations);
			String code = Fields.blankToNull(entry.minorCode());
			if (kind != null && (code == null || !catalogue.exists(kind, code))) {
				violations.add(new Violation(field + ".minorCode", "UNKNOWN", "the catalogue has no minor class "
						+ kind + " " + code));
			}
			else if (kind != null && !seen.add(kind + "/" + code)) {
				violations.add(new Violation(field, "DUPLICATE", kind + " " + code + " is named twice"));
			}
			List<TimeLimit> limits = check.limits(entry.timeLimits(), field + ".timeLimits", false, violations);
			checked.add(new Checked(kind, code, limits));
		}
		Fields.failIfAny(violations);
		clear(district);
		checked.forEach(one -> rows.insert(district, one.kind(), one.code(), one.limits()));
		return of(district);
	}

	/**
	 * Lets the district keep the catalogue's limits everywhere again; two administrators changing one district's
	 * limits at once take turns, so the later change is the one kept. @throws ApiProblem 404 when it is not served
	 */
	@Transactional
	public void clear(String district) {
		districts.get(district);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('catalogue_district_limit:' || :district))")
			.param("district", district).query((rs, row) -> 1).list();
		rows.delete(district);
		cache.invalidate();
	}

	/** A district no longer served sets no limits: they go, in the same transaction. */
	@SameTransactionListener
	void on(DistrictRemoved removed) {
		if (rows.delete(removed.code())) {
			cache.invalidate();
		}
	}

	private static LimitDefinition definition(TimeLimit limit) {
		return new LimitDefinition(limit.stage().name(), limit.areaClass() == null ? null : limit.areaClass().name(),
				limit.limit().amount(), limit.limit().unit().name());
	}

	private record Checked(Kind kind, String code, List<TimeLimit> limits) {
	}
}
