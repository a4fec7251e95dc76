package org.onegrid.catalogue;

import org.onegrid.api.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.internal.CatalogueCache;
import org.onegrid.catalogue.internal.ResponsibilityRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the responsibility matrix (权责清单) and answers who is responsible for a case of a minor class at a place,
 * as {@link ResponsibilityMatrix} describes. Recording the outcome of an arbitration is adding a rule.
 */
@Service
public class ResponsibilityLookup {

	private static final Pattern CATEGORY = Pattern.compile("[0-9]{2}([0-9]{2})?");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final ResponsibilityRules rules;

	private final Catalogue catalogue;

	private final CatalogueProperties properties;

	private final CatalogueCache cache;

	ResponsibilityLookup(ResponsibilityRules rules, Catalogue catalogue, CatalogueProperties properties,
			CatalogueCache cache) {
		this.cache = cache;
		this.rules = rules;
		this.catalogue = catalogue;
		this.properties = properties;
	}

	/** Who is responsible for a case of the minor class on the path, and why. */
	public Responsibility resolve(Kind kind, String minorCode, GridPath path) {
		MinorClass minor = catalogue.minorClass(kind, minorCode);
		return new ResponsibilityMatrix(cache.current().rulesFor(kind, minorCode), properties.territorialLevelNames())
			.resolve(minor, path);
	}

	/** All rules, or those for one category code of one kind. */
	public List<ResponsibilityRule> rules(Kind kind, String categoryCode) {
		return rules.all().stream()
			.filter(rule -> kind == null || rule.kind() == kind)
			.filter(rule -> categoryCode == null || rule.categoryCode().equals(categoryCode))
			.toList();
	}

	/** Adds a rule after checking every field; a second rule for the same category and grid is a 409. */
	@Transactional
	public ResponsibilityRule add(RuleDefinition definition) {
		List<Violation> violations = new ArrayList<>();
		Kind kind = Fields.oneOf(Kind.class, definition.kind(), "kind", true, violations);
		String category = Fields.blankToNull(definition.categoryCode());
		if (category == null || !CATEGORY.matcher(category).matches()) {
			violations.add(new Violation("categoryCode", "PATTERN",
					"a category is a minor class (4 digits) or a whole major class (2 digits)"));
		}
		else if (kind != null && !categoryExists(kind, category)) {
			violations.add(new Violation("categoryCode", "UNKNOWN", "there is no " + kind + " category " + category));
		}
		String layer = Fields.blankToNull(definition.layerCode());
		if (layer == null || !SLUG.matcher(layer).matches()) {
			violations.add(new Violation("layerCode", "PATTERN", "a layer code such as ops is required"));
		}
		String grid = Fields.blankToNull(definition.gridCode());
		if (grid != null && grid.length() > 64) {
			violations.add(new Violation("gridCode", "SIZE", "a grid code has at most 64 characters"));
		}
		String lead = Fields.blankToNull(definition.leadDepartment());
		if (lead == null) {
			violations.add(new Violation("leadDepartment", "REQUIRED", "a lead department is required"));
		}
		Fields.department(lead, "leadDepartment", violations);
		List<String> assisting = definition.assistingDepartments() == null ? List.of()
				: definition.assistingDepartments();
		for (int i = 0; i < assisting.size(); i++) {
			Fields.department(assisting.get(i), "assistingDepartments[" + i + "]", violations);
			if (assisting.get(i) != null && assisting.get(i).equals(lead)) {
				violations.add(new Violation("assistingDepartments[" + i + "]", "IS_LEAD",
						"the lead department cannot also assist"));
			}
		}
		String note = Fields.blankToNull(definition.note());
		if (note != null && note.length() > Fields.MAX_TEXT) {
			violations.add(new Violation("note", "SIZE", "note must be at most " + Fields.MAX_TEXT + " characters"));
		}
		Fields.failIfAny(violations);
		if (rules.exists(kind, category, layer, grid)) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "A rule for " + kind + " " + category + " in "
					+ layer + (grid == null ? "" : "/" + grid) + " already exists; delete it first to replace it");
		}
		var rule = new ResponsibilityRule(0, kind, category, layer, grid, lead,
				List.copyOf(new LinkedHashSet<>(assisting)), note);
		long id = rules.add(rule);
		cache.invalidate();
		return new ResponsibilityRule(id, kind, category, layer, grid, lead, rule.assistingDepartments(), note);
	}

	@Transactional
	public void delete(long id) {
		boolean deleted = rules.delete(id);
		if (!deleted) {
			throw ApiProblem.notFound("Responsibility rule", Long.toString(id));
		}
		cache.invalidate();
	}

	private boolean categoryExists(Kind kind, String category) {
		return category.length() == 4 ? catalogue.exists(kind, category)
				: catalogue.tree(kind).stream().anyMatch(major -> major.code().equals(category));
	}
}
