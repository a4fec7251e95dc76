package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;

/**
 * The checks a district's own limits pass before any is stored: each names a minor class the catalogue has, once, and
 * each limit is positive, not repeated and within the district's maximum.
 */
final class DistrictLimitCheck {

	private DistrictLimitCheck() {
	}

	/** A minor class's limits as checked; its kind or code is {@code null} when refused. */
	record Checked(Kind kind, String code, List<TimeLimit> limits) {
	}

	static List<Checked> of(Catalogue catalogue, List<DistrictLimit> classes, int maxWorkingDays,
			List<Violation> violations) {
		MinorClassCheck check = catalogue.check(maxWorkingDays);
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
		return checked;
	}
}
