package org.onegrid.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.GridHierarchy;
import org.onegrid.grid.GridLayers;
import org.onegrid.people.internal.Persons;
import org.onegrid.people.internal.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: the district, its streets, areas and communities, and the operations centre with its
 * sub-centres and stations. A unit may own one grid, which ties the tree to the map. The tree stays a tree: a unit
 * cannot be moved below itself.
 */
@Service
public class Organisation {

	private final Units units;

	private final GridLayers layers;

	private final GridHierarchy hierarchy;

	private final Persons persons;

	Organisation(Units units, GridLayers layers, GridHierarchy hierarchy, Persons persons) {
		this.units = units;
		this.persons = persons;
		this.layers = layers;
		this.hierarchy = hierarchy;
	}

	public List<OrgUnit> list() {
		return units.all();
	}

	/** @throws ApiProblem 404 when there is no such unit */
	public OrgUnit get(String code) {
		return units.find(code).orElseThrow(() -> ApiProblem.notFound("Unit", code));
	}

	public boolean exists(String code) {
		return code != null && units.find(code).isPresent();
	}

	/** The unit's code and the codes of every unit below it. */
	public List<String> subtree(String code) {
		get(code);
		return units.subtree(code);
	}

	/** The whole organisation as nested nodes from the roots down. */
	public List<UnitNode> tree() {
		Map<String, UnitNode> nodes = new LinkedHashMap<>();
		List<OrgUnit> all = units.all();
		all.forEach(unit -> nodes.put(unit.code(), new UnitNode(unit, new ArrayList<>())));
		List<UnitNode> roots = new ArrayList<>();
		for (OrgUnit unit : all) {
			UnitNode parent = unit.parentCode() == null ? null : nodes.get(unit.parentCode());
			(parent == null ? roots : parent.children()).add(nodes.get(unit.code()));
		}
		return roots;
	}

	/** Creates or replaces a unit after checking every field; returns whether it was created. */
	@Transactional
	public boolean define(UnitDefinition definition) {
		var input = new Input();
		String code = input.code(definition.code(), "code");
		String name = input.name(definition.name(), "name");
		UnitKind kind = input.oneOf(UnitKind.class, definition.kind(), "kind");
		String parent = Input.optional(definition.parentCode());
		if (parent != null && !exists(parent)) {
			input.add("parentCode", "UNKNOWN", "there is no unit '" + parent + "'");
		}
		else if (parent != null && code != null && units.find(code).isPresent()
				&& units.subtree(code).contains(parent)) {
			input.add("parentCode", "CYCLE", "a unit cannot be placed below itself or one of its own units");
		}
		String layer = Input.optional(definition.layerCode());
		String grid = Input.optional(definition.gridCode());
		checkGrid(layer, grid, input);
		input.failIfAny();
		return units.save(new OrgUnit(code, name, kind, parent, layer, grid, Boolean.TRUE.equals(definition.generated()),
				null));
	}

	/**
	 * Names the unit's head (负责人), who is told of the unit's alerts when nobody is on duty; {@code null} clears
	 * it. 404 for an unknown unit, 400 for an unknown person.
	 */
	@Transactional
	public OrgUnit appointHead(String code, Long personId) {
		get(code);
		if (personId != null && persons.find(personId).isEmpty()) {
			throw ApiProblem.invalidField("personId", "UNKNOWN", "there is no person " + personId);
		}
		units.appointHead(code, personId);
		return get(code);
	}

	private void checkGrid(String layer, String grid, Input input) {
		if (layer == null && grid == null) {
			return;
		}
		if (layer == null || grid == null) {
			input.add(layer == null ? "layerCode" : "gridCode", "REQUIRED",
					"a grid link needs both layerCode and gridCode");
		}
		else if (!layers.exists(layer)) {
			input.add("layerCode", "UNKNOWN", "there is no layer '" + layer + "'");
		}
		else if (!hierarchy.parents(layer).containsKey(grid)) {
			input.add("gridCode", "UNKNOWN", "layer '" + layer + "' has no grid '" + grid + "'");
		}
	}

	/** A unit and the units directly below it. */
	public record UnitNode(OrgUnit unit, List<UnitNode> children) {
	}
}
