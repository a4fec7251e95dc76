package org.onegrid.assessment;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scorecards: read by whoever reads the scores, changed by whoever closes the months. */
@Tag(name = "Assessment")
@RestController
@RequestMapping("/api/v1/assessment/scorecards")
class ScorecardController {

	private final ScorecardSettings settings;

	ScorecardController(ScorecardSettings settings) {
		this.settings = settings;
	}

	@Operation(summary = "Every object type's scorecard: the indicators' weights and the grades' thresholds")
	@GetMapping
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	List<ScorecardSetting> all() {
		return settings.all();
	}

	@Operation(summary = "One object type's scorecard")
	@GetMapping("/{objectType}")
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	ScorecardSetting one(@PathVariable String objectType) {
		return settings.of(type(objectType));
	}

	@Operation(summary = "Replace one object type's scorecard; the weights add up to 100. Closed months keep their "
			+ "published scores")
	@PutMapping("/{objectType}")
	@Allow(value = "assessment:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ScorecardSetting replace(@PathVariable String objectType, @RequestBody ScorecardSetting setting) {
		return settings.replace(type(objectType), setting);
	}

	private static ObjectType type(String objectType) {
		List<Violation> violations = new ArrayList<>();
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Fields.failIfAny(violations);
		return type;
	}
}
