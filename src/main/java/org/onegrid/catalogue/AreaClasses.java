package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.internal.AreaClassRules;
import org.onegrid.catalogue.internal.CatalogueCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which area class (A core, B, C general) a place has, as data a district sets per grid: the deepest grid on a
 * case's path with a class decides, so that a square in a general street can still be a core area.
 */
@Service
public class AreaClasses {

	private final AreaClassRules rules;

	private final CatalogueCache cache;

	AreaClasses(AreaClassRules rules, CatalogueCache cache) {
		this.rules = rules;
		this.cache = cache;
	}

	/** The class of the deepest grid on the path that has one; empty when none has. */
	public Optional<AreaClass> classify(GridPath path) {
		List<AreaClassRule> all = cache.current().areaClasses();
		for (GridPath.Step step : path.steps()) {
			for (AreaClassRule rule : all) {
				if (rule.layerCode().equals(path.layerCode()) && rule.gridCode().equals(step.code())) {
					return Optional.of(rule.areaClass());
				}
			}
		}
		return Optional.empty();
	}

	public List<AreaClassRule> all() {
		return rules.all();
	}

	/** Sets a grid's class, replacing any it had. */
	public AreaClassRule set(String layerCode, String gridCode, String areaClass) {
		List<Violation> violations = new ArrayList<>();
		if (layerCode == null || !Fields.DEPARTMENT.matcher(layerCode).matches()) {
			violations.add(new Violation("layerCode", "PATTERN", "a layer code such as ops"));
		}
		if (gridCode == null || gridCode.isBlank() || gridCode.length() > 64) {
			violations.add(new Violation("gridCode", "SIZE", "a grid code has 1 to 64 characters"));
		}
		AreaClass parsed = Fields.oneOf(AreaClass.class, areaClass, "areaClass", true, violations);
		Fields.failIfAny(violations);
		AreaClassRule rule = new AreaClassRule(layerCode, gridCode, parsed);
		rules.save(rule);
		cache.invalidate();
		return rule;
	}

	@Transactional
	public void delete(String layerCode, String gridCode) {
		boolean deleted = rules.delete(layerCode, gridCode);
		if (!deleted) {
			throw ApiProblem.notFound("Area class of grid", layerCode + "/" + gridCode);
		}
		cache.invalidate();
	}
}
