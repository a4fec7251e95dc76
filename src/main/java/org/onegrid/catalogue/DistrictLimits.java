package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.SameTransactionListener;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.DistrictLimitCheck.Checked;
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
 * it scales the catalogue's, and the same cap holds. A district may also hold every stage to fewer working days
 * than the installation allows: a longer limit is cut to its maximum, and no postponement reaches past it.
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
	 * Replaces all the district sets for itself: the most working days a stage may run in it ({@code null}: the
	 * installation's) and its own limits (none: the catalogue's), each within that maximum. Refused, changing
	 * nothing, when the district is not served (404), neither is given, the maximum is not from 1 to the
	 * installation's, or a class or limit is wrong: a class the catalogue lacks or named twice, a limit that is not
	 * positive, over the maximum or repeated (400, field by field).
	 */
	@Transactional
	public List<DistrictLimit> replace(String district, Integer maxWorkingDays, List<DistrictLimit> classes) {
		districts.get(district);
		lock(district);
		List<Violation> violations = new ArrayList<>();
		boolean noClasses = classes == null || classes.isEmpty();
		if (maxWorkingDays == null && noClasses) {
			violations.add(new Violation("classes", "REQUIRED", "name a maxWorkingDays or at least one minor class; "
					+ "to keep the catalogue's limits everywhere, remove the district's own"));
		}
		int installation = catalogue.maxWorkingDays();
		boolean inRange = maxWorkingDays == null || (maxWorkingDays >= 1 && maxWorkingDays <= installation);
		if (!inRange) {
			violations.add(new Violation("maxWorkingDays", "OUT_OF_RANGE", "a district's maximum is from 1 to the "
					+ "installation's " + installation + " working days"));
		}
		int cap = maxWorkingDays == null || !inRange ? installation : maxWorkingDays;
		List<Checked> checked = DistrictLimitCheck.of(catalogue, noClasses ? List.of() : classes, cap, violations);
		Fields.failIfAny(violations);
		write(district, maxWorkingDays, checked);
		return of(district);
	}

	/** The most working days the district lets a stage run, as stored now; empty when it keeps the installation's. */
	public Optional<Integer> maximum(String district) {
		return Optional.ofNullable(rows.maximums().get(district));
	}

	private void write(String district, Integer maximum, List<Checked> checked) {
		clear(district);
		if (maximum != null) {
			rows.insertMaximum(district, maximum);
		}
		checked.forEach(one -> rows.insert(district, one.kind(), one.code(), one.limits()));
	}

	/**
	 * Lets the district keep the catalogue's limits and the installation's maximum everywhere again; two
	 * administrators changing one district's limits at once take turns, so the later change is the one kept.
	 * @throws ApiProblem 404 when it is not served
	 */
	@Transactional
	public void clear(String district) {
		districts.get(district);
		lock(district);
		rows.delete(district);
		cache.invalidate();
	}

	private void lock(String district) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('catalogue_district_limit:' || :district))")
			.param("district", district).query((rs, row) -> 1).list();
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

}
