package org.onegrid.profile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.ImportProblem;
import org.onegrid.grid.ImportResult;
import org.onegrid.grid.LayerDefinition;
import org.onegrid.people.Department;
import org.onegrid.people.Permissions;
import org.onegrid.people.Platform;
import org.onegrid.people.RoleDefinition;
import org.onegrid.people.UnitDefinition;

/**
 * Checks a profile's layers, grids, organisation and roles against one another and against the installation:
 * every code defined once, every reference known, every grid polygon importable. Each problem names its place.
 */
final class ProfileChecks {

	private final Problems problems;

	private final Known known;

	ProfileChecks(Problems problems, Known known) {
		this.problems = problems;
		this.known = known;
	}

	void check(DistrictProfile profile, GridImport imports, Validator validator) {
		unique(profile.layers(), "layer");
		unique(profile.units(), "unit");
		unique(profile.departments(), "department");
		unique(profile.platforms(), "platform");
		unique(profile.roles(), "role");
		for (Item<LayerDefinition> layer : profile.layers()) {
			for (var violation : validator.validate(layer.value())) {
				problems.error(layer.at(), "INVALID", "layer " + layer.key() + ": " + violation.getPropertyPath() + " "
						+ violation.getMessage());
			}
			var file = profile.grids().get(layer.key());
			if (file == null || layer.key() == null || layer.value().levelNames().isEmpty()) {
				continue;
			}
			ImportResult result = imports.dryRun(layer.value(), file.value(), ImportMapping.DEFAULT);
			String text = profile.files().get(file.key());
			for (ImportProblem problem : result.problems()) {
				problems.error(file.key(), FeatureLines.lineOf(text, problem.featureIndex()), problem.code(),
						(problem.gridCode() == null ? "" : "grid " + problem.gridCode() + ": ") + problem.detail());
			}
		}
		for (Item<UnitDefinition> item : profile.units()) {
			UnitDefinition unit = item.value();
			if (unit.parentCode() != null && !known.units.contains(unit.parentCode())) {
				problems.error(item.at(), "UNKNOWN_UNIT", "unit " + item.key() + ": there is no parent unit '"
						+ unit.parentCode() + "'");
			}
			if (unit.gridCode() != null && !known.grid(unit.layerCode(), unit.gridCode())) {
				problems.error(item.at(), "UNKNOWN_GRID", "unit " + item.key() + ": layer '" + unit.layerCode()
						+ "' has no grid '" + unit.gridCode() + "'");
			}
		}
		for (Item<Department> item : profile.departments()) {
			String unit = item.value().unitCode();
			if (unit != null && !known.units.contains(unit)) {
				problems.error(item.at(), "UNKNOWN_UNIT", "department " + item.key() + ": there is no unit '" + unit
						+ "'");
			}
			if (known.platforms.contains(item.key())) {
				problems.error(item.at(), "DUPLICATE_CODE", "'" + item.key() + "' is already a platform's code");
			}
		}
		new GroupChecks(profile, known, problems).check();
		for (Item<Platform> item : profile.platforms()) {
			for (String department : item.value().departments()) {
				if (!known.departments.contains(department)) {
					problems.error(item.at(), "UNKNOWN_DEPARTMENT", "platform " + item.key() + ": there is no department '"
							+ department + "'");
				}
			}
			leadOf(item);
		}
		Item<String> coordinator = profile.coordinator();
		if (coordinator != null && !known.target(coordinator.key())) {
			problems.error(coordinator.at(), "UNKNOWN_DEPARTMENT", "coordinator: there is no department or platform '"
					+ coordinator.key() + "'");
		}
		for (Item<RoleDefinition> item : profile.roles()) {
			for (String permission : item.value().permissions()) {
				if (!Permissions.KNOWN.contains(permission)) {
					problems.error(item.at(), "UNKNOWN_PERMISSION", "role " + item.key() + ": there is no permission '"
							+ permission + "'");
				}
			}
		}
		profile.urgencies().forEach(this::factor);
	}

	private void factor(Item<BigDecimal> urgency) {
		BigDecimal factor = urgency.value();
		if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0 || factor.scale() > 4) {
			problems.error(urgency.at(), "OUT_OF_RANGE", urgency.key() + ": an urgency's factor is greater than 0 and "
					+ "at most 1, with up to 4 decimals");
		}
	}

	/** Reports every entry whose key an earlier entry of the list already has, at the later entry's line. */
	<T> void unique(List<Item<T>> items, String what) {
		Map<String, Item<T>> seen = new HashMap<>();
		for (Item<T> item : items) {
			if (item.key() == null) {
				continue;
			}
			Item<T> first = seen.putIfAbsent(item.key(), item);
			if (first != null) {
				problems.error(item.at(), "DUPLICATE_CODE", what + " '" + item.key() + "' is already defined at "
						+ first.file() + ":" + first.line());
			}
		}
	}

	/** A platform's lead (牵头单位) must be a known department and one of the platform's own. */
	private void leadOf(Item<Platform> item) {
		String lead = item.value().lead();
		if (lead == null) {
			return;
		}
		if (!known.departments.contains(lead)) {
			problems.error(item.at(), "UNKNOWN_DEPARTMENT", "platform " + item.key() + ": its lead '" + lead
					+ "' is no department");
		}
		else if (!item.value().departments().contains(lead)) {
			problems.error(item.at(), "NOT_MEMBER", "platform " + item.key() + ": its lead '" + lead
					+ "' is not one of its departments " + item.value().departments());
		}
	}
}
