package org.onegrid.assessment;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The names of an object type's indicators, in the order the monthly report lists them, for screens that show
 * figures.
 */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "Assessment")
class IndicatorNamesController {

	@Operation(summary = "The indicators of departments, grids, channels, workers or operators, with their Chinese and "
			+ "English names, in report order")
	@GetMapping("/indicator-names")
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	List<IndicatorName> names(@RequestParam(required = false) String objectType) {
		List<Violation> violations = new ArrayList<>();
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Fields.failIfAny(violations);
		return ReportLabels.names(type);
	}
}
