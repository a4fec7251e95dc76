package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.onegrid.api.Violation;

/**
 * What a scorecard's bundle may say: only the workers, who serve grids, bundle, only with the grids' scores, and the
 * grids' part is more than 0 and less than 100 points, so that a person's own work always counts.
 */
final class BundleChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BundleChecks() {
	}

	static void check(ObjectType type, ScorecardSetting.Bundle bundle, List<Violation> violations) {
		if (bundle == null) {
			return;
		}
		if (type != ObjectType.WORKER) {
			violations.add(new Violation("bundle", "NOT_A_WORKER",
					"只有网格员的考核可与网格捆绑 / only the WORKER scorecard bundles, not " + type));
		}
		if (bundle.objectType() == null || !ObjectType.GRID.name().equalsIgnoreCase(bundle.objectType().strip())) {
			violations.add(new Violation("bundle.objectType", "UNKNOWN",
					"捆绑对象只能是网格 / a bundle binds a worker to the scores of their grids: objectType is GRID"));
		}
		if (bundle.weight() == null || bundle.weight().signum() <= 0 || bundle.weight().compareTo(HUNDRED) >= 0) {
			violations.add(new Violation("bundle.weight", "RANGE",
					"捆绑权重须大于0且小于100 / the grids' weight is more than 0 and less than 100"));
		}
	}
}
