package org.onegrid.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.DistrictLimit;
import org.onegrid.catalogue.DistrictLimits;
import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;
import org.onegrid.catalogue.Stage;
import org.springframework.stereotype.Component;

/**
 * A district's {@code limits} in {@code districts.yaml}: the limits it sets for itself where they differ from the
 * catalogue's, by minor class and stage ({@code 'EVENT 7001': {HANDLE: 1d}}), each holding in every area class. A
 * district that names none keeps the catalogue's everywhere. Its {@code maxWorkingDays} is stored beside them.
 */
@Component
class DistrictLimitEntries {

	private final DistrictLimits limits;

	private final Catalogue catalogue;

	DistrictLimitEntries(DistrictLimits limits, Catalogue catalogue) {
		this.limits = limits;
		this.catalogue = catalogue;
	}

	/**
	 * The maximum a district keeps: its own where it states one, else the profile's where that is stricter than the
	 * installation's; {@code null} when it keeps the installation's.
	 */
	Integer maximum(Integer own, int profileMaximum) {
		if (own != null) {
			return own;
		}
		return profileMaximum < catalogue.maxWorkingDays() ? profileMaximum : null;
	}

	/** The district's maximum as the file writes it: {@code null} when it is the one the profile gives it. */
	Integer exportMaximum(String district, int profileMaximum) {
		Integer stored = limits.maximum(district).orElse(null);
		return Objects.equals(stored, maximum(null, profileMaximum)) ? null : stored;
	}

	/** The district's own limits, class by class; each class's stages are checked for form where written. */
	static Map<String, List<LimitDefinition>> read(Value value, Problems problems) {
		Map<String, List<LimitDefinition>> read = new TreeMap<>();
		if (!(value.raw() instanceof Map)) {
			problems.error(value, "NOT_A_MAP", "limits: give each minor class its stages' limits, such as "
					+ "'EVENT 7001': {HANDLE: 1d}");
			return read;
		}
		value.entries().forEach((key, stages) -> {
			if (stages.raw() instanceof Map<?, ?> map && map.isEmpty()) {
				problems.error(stages, "REQUIRED", "limits: " + key.strip() + " names no stage");
			}
			read.put(key.strip(), CatalogueReader.limits(stages, null, problems, Integer.MAX_VALUE, 1));
		});
		return read;
	}

	/** Reports limits for a minor class neither bundle nor store has, or longer than the maximum. */
	static void check(Item<DistrictsSection.Entry> item, int maxWorkingDays, int hoursPerDay, Known known,
			Problems problems) {
		Map<String, List<LimitDefinition>> own = item.value().limits();
		if (own != null && own.isEmpty()) {
			problems.error(item.at(), "REQUIRED", item.key() + ": limits: name at least one minor class, or leave "
					+ "limits out to keep the catalogue's");
		}
		(own == null ? Map.<String, List<LimitDefinition>>of() : own).forEach((service, stages) -> {
			if (!known.minorClasses.contains(service)) {
				problems.error(item.at(), "UNKNOWN", item.key() + ": limits: there is no minor class '" + service
						+ "' (give it as its kind and code, such as 'EVENT 7001')");
			}
			stages.stream().filter(limit -> CatalogueReader.overMaximum(limit, maxWorkingDays, hoursPerDay))
				.forEach(limit -> problems.error(item.at(), "OVER_MAXIMUM", item.key() + ": limits: " + service
						+ " " + limit.stage() + " is longer than the district's maximum of " + maxWorkingDays
						+ " working days (maxWorkingDays)"));
		});
	}

	/**
	 * Sets the district's maximum ({@code null}: the installation's) and its own limits to {@code wanted}, or back
	 * to the catalogue's when it is {@code null}.
	 */
	void write(String district, Integer maximum, Map<String, List<LimitDefinition>> wanted, Item<?> item,
			Changes changes) {
		Map<String, Map<String, String>> stored = text(district);
		Integer storedMaximum = limits.maximum(district).orElse(null);
		if (stored.isEmpty() && storedMaximum == null && wanted == null && maximum == null) {
			return;
		}
		Map<String, Map<String, String>> written = wanted == null ? Map.of() : text(wanted);
		boolean none = stored.isEmpty() && storedMaximum == null;
		changes.apply(item, "limits", none ? null : stored, () -> stored.equals(written)
				&& Objects.equals(storedMaximum, maximum), () -> {
			if (wanted == null && maximum == null) {
				limits.clear(district);
				return;
			}
			List<DistrictLimit> classes = new ArrayList<>();
			(wanted == null ? Map.<String, List<LimitDefinition>>of() : wanted).forEach((service, stages) -> {
				String[] parts = service.split(" ", 2);
				classes.add(new DistrictLimit(parts[0], parts.length > 1 ? parts[1] : null, stages));
			});
			limits.replace(district, maximum, classes);
		});
	}

	/** The district's own limits as the file writes them, or {@code null} when it keeps the catalogue's. */
	Map<String, Map<String, String>> export(String district) {
		Map<String, Map<String, String>> own = text(district);
		return own.isEmpty() ? null : own;
	}

	private Map<String, Map<String, String>> text(String district) {
		Map<String, List<LimitDefinition>> byClass = new TreeMap<>();
		limits.of(district).forEach(own -> byClass.put(own.kind() + " " + own.minorCode(), own.timeLimits()));
		return text(byClass);
	}

	private static Map<String, Map<String, String>> text(Map<String, List<LimitDefinition>> byClass) {
		Map<String, Map<String, String>> text = new TreeMap<>();
		byClass.forEach((service, stages) -> {
			Map<String, String> written = new LinkedHashMap<>();
			stages.stream().sorted(Comparator.comparing(limit -> Stage.valueOf(limit.stage())))
				.forEach(limit -> written.put(limit.stage(), limit.amount() + ("DAYS".equals(limit.unit()) ? "d"
						: "h")));
			text.put(service, written);
		});
		return text;
	}
}
