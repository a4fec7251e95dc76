package org.onegrid.catalogue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Fields;
import org.onegrid.catalogue.TimeLimits.StageLimit;
import org.onegrid.grid.Districts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Case catalogue", description = "案件分类、时限与权责清单 / Case categories, time limits and the responsibility matrix")
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

	private final Catalogue catalogue;

	private final ResponsibilityLookup responsibilities;

	private final Districts districts;

	CatalogueController(Catalogue catalogue, ResponsibilityLookup responsibilities, Districts districts) {
		this.districts = districts;
		this.catalogue = catalogue;
		this.responsibilities = responsibilities;
	}

	/** A major class's names. */
	record MajorClassNames(String nameZh, String nameEn) {
	}

	/** An urgency's factor. */
	record Factor(BigDecimal factor) {
	}

	@Operation(summary = "The category tree (大类 → 小类), of one kind or both")
	@GetMapping("/categories")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<MajorClass> tree(@RequestParam(required = false) String kind) {
		return catalogue.tree(kind == null ? null : Fields.param(Kind.class, kind, "kind"));
	}

	@Operation(summary = "Create or rename a major class (大类)")
	@PutMapping("/major-classes/{kind}/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> putMajor(@PathVariable String kind, @PathVariable String code,
			@RequestBody MajorClassNames names) {
		catalogue.defineMajorClass(Fields.param(Kind.class, kind, "kind"), code, names.nameZh(), names.nameEn());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Get a minor class (小类) with its conditions, default department and time limits")
	@GetMapping("/categories/{kind}/{code:[0-9]{4}}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	MinorClass minor(@PathVariable String kind, @PathVariable String code) {
		return catalogue.minorClass(Fields.param(Kind.class, kind, "kind"), code);
	}

	@Operation(summary = "Create a minor class; 409 if it exists")
	@PostMapping("/categories")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<MinorClass> create(@RequestBody MinorClassDefinition definition) {
		Kind kind = Fields.param(Kind.class, definition.kind(), "kind");
		if (definition.code() != null && catalogue.exists(kind, definition.code().strip())) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict",
					"Minor class " + kind + " " + definition.code() + " already exists; use PUT to change it");
		}
		MinorClass minor = catalogue.defineMinorClass(definition);
		return ResponseEntity.created(URI.create("/api/v1/catalogue/categories/" + kind + "/" + minor.code()))
			.body(minor);
	}

	@Operation(summary = "Create or replace a minor class with all its time limits")
	@PutMapping("/categories/{kind}/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	MinorClass put(@PathVariable String kind, @PathVariable String code,
			@RequestBody MinorClassDefinition definition) {
		if (!code.equals(definition.code()) || !kind.equalsIgnoreCase(String.valueOf(definition.kind()))) {
			throw ApiProblem.invalidField("code", "MISMATCH", "The body's kind and code must equal the path's");
		}
		return catalogue.defineMinorClass(definition);
	}

	@Operation(summary = "Each stage's time limit for a minor class in an area class at an urgency, in a district "
			+ "when one is named")
	@GetMapping("/time-limits")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<StageLimit> timeLimits(@RequestParam String category, @RequestParam String kind,
			@RequestParam(defaultValue = "C") String areaClass, @RequestParam(defaultValue = "NORMAL") String urgency,
			@RequestParam(required = false) String district) {
		if (district != null && districts.find(district).isEmpty()) {
			throw ApiProblem.invalidField("district", "UNKNOWN", "no district '" + district + "' is served");
		}
		return catalogue.timeLimits(Fields.param(Kind.class, kind, "kind"), category,
				Fields.param(AreaClass.class, areaClass, "areaClass"), Fields.param(Urgency.class, urgency, "urgency"),
				district);
	}

	@Operation(summary = "The urgency factors that scale every limit")
	@GetMapping("/urgencies")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Map<Urgency, BigDecimal> urgencies() {
		return catalogue.urgencyFactors();
	}

	@Operation(summary = "Set an urgency's factor (0 < factor ≤ 1)")
	@PutMapping("/urgencies/{urgency}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Map<Urgency, BigDecimal> putUrgency(@PathVariable String urgency, @RequestBody Factor factor) {
		catalogue.setUrgencyFactor(Fields.param(Urgency.class, urgency, "urgency"), factor.factor());
		return catalogue.urgencyFactors();
	}

	@Operation(summary = "List the responsibility rules (权责清单), optionally of one kind and category")
	@GetMapping("/rules")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<ResponsibilityRule> rules(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String category) {
		return responsibilities.rules(kind == null ? null : Fields.param(Kind.class, kind, "kind"), category);
	}

	@Operation(summary = "Add a responsibility rule, for example after an arbitration")
	@PostMapping("/rules")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<ResponsibilityRule> addRule(@RequestBody RuleDefinition definition) {
		ResponsibilityRule rule = responsibilities.add(definition);
		return ResponseEntity.created(URI.create("/api/v1/catalogue/rules/" + rule.id())).body(rule);
	}

	@Operation(summary = "Delete a responsibility rule")
	@DeleteMapping("/rules/{id}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteRule(@PathVariable long id) {
		responsibilities.delete(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Who is responsible for a case of a minor class at a place (path: grid codes, leaf first)")
	@GetMapping("/responsibility")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Responsibility responsibility(@RequestParam String category, @RequestParam String kind,
			@RequestParam(required = false) String layer, @RequestParam(required = false) List<String> path,
			@RequestParam(required = false) List<String> levels) {
		GridPath where = path == null ? GridPath.none() : GridPath.of(layer, path, levels);
		return responsibilities.resolve(Fields.param(Kind.class, kind, "kind"), category, where);
	}
}
