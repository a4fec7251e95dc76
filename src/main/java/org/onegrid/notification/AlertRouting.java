package org.onegrid.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.onegrid.people.DutyShift;
import org.onegrid.people.OrgUnit;

/**
 * Who hears of a case's alert, worked out from one look at the organisation and the roster, so that a whole sweep's
 * alerts are routed from it.
 * <p>
 * The responsible unit owns the case's grid, or the nearest grid above it. Whoever is on duty there hears of it,
 * and so does whoever is on duty in the unit's command posts: the units below it without a territory of their own
 * (an operations centre, its sub-centres, a duty room), nearest first. Failing that, the same is asked of each unit
 * above, up to the root. Failing that, the head of the responsible unit or of the nearest unit above that has one.
 * Only people with an account to read the notice count. If nobody is found, the alert is unassigned, and goes to
 * the command centre's queue instead.
 */
final class AlertRouting {

	private final Map<String, OrgUnit> units = new HashMap<>();

	private final Map<String, List<OrgUnit>> commandPosts = new HashMap<>();

	private final Map<String, OrgUnit> owners = new HashMap<>();

	private final Map<String, List<DutyShift>> onDuty;

	private final Function<String, Map<String, String>> parentsOfLayer;

	private final Map<String, Map<String, String>> parents = new HashMap<>();

	private final Set<Long> reachable;

	/**
	 * @param onDuty everyone on duty at the alert's instant, by unit
	 * @param parentsOfLayer each grid's parent, by grid code, for a layer
	 * @param reachable of the people named anywhere here, those with an account
	 */
	AlertRouting(Collection<OrgUnit> all, Map<String, List<DutyShift>> onDuty,
			Function<String, Map<String, String>> parentsOfLayer, Function<Collection<Long>, Set<Long>> reachable) {
		this.onDuty = onDuty;
		this.parentsOfLayer = parentsOfLayer;
		Set<Long> named = new LinkedHashSet<>();
		for (OrgUnit unit : all.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
			units.put(unit.code(), unit);
			if (unit.gridCode() != null) {
				owners.putIfAbsent(unit.layerCode() + ":" + unit.gridCode(), unit);
			}
			else if (unit.parentCode() != null) {
				commandPosts.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
			}
			if (unit.headPersonId() != null) {
				named.add(unit.headPersonId());
			}
		}
		onDuty.values().forEach(shifts -> shifts.forEach(shift -> named.add(shift.personId())));
		this.reachable = reachable.apply(named);
	}

	/** The people who hear of an alert about a case handled at the grid, with the unit they answer for. */
	Recipients recipients(String layer, String grid) {
		OrgUnit responsible = owner(layer, grid);
		if (responsible == null) {
			return new Recipients(List.of(), null, Recipients.Basis.UNASSIGNED);
		}
		for (OrgUnit unit = responsible; unit != null; unit = units.get(unit.parentCode())) {
			List<Long> people = onDutyFor(unit);
			if (!people.isEmpty()) {
				return new Recipients(people, unit.code(), Recipients.Basis.ON_DUTY);
			}
		}
		for (OrgUnit unit = responsible; unit != null; unit = units.get(unit.parentCode())) {
			if (unit.headPersonId() != null && reachable.contains(unit.headPersonId())) {
				return new Recipients(List.of(unit.headPersonId()), unit.code(), Recipients.Basis.HEAD);
			}
		}
		return new Recipients(List.of(), responsible.code(), Recipients.Basis.UNASSIGNED);
	}

	/** Those on duty in the unit itself, else in its nearest command posts. */
	private List<Long> onDutyFor(OrgUnit unit) {
		List<OrgUnit> level = List.of(unit);
		while (!level.isEmpty()) {
			Set<Long> people = new LinkedHashSet<>();
			List<OrgUnit> below = new ArrayList<>();
			for (OrgUnit post : level) {
				onDuty.getOrDefault(post.code(), List.of()).stream()
					.map(DutyShift::personId)
					.filter(reachable::contains)
					.forEach(people::add);
				below.addAll(commandPosts.getOrDefault(post.code(), List.of()));
			}
			if (!people.isEmpty()) {
				return List.copyOf(people);
			}
			level = below;
		}
		return List.of();
	}

	/** The unit owning the grid, or the nearest grid above it that has one. */
	private OrgUnit owner(String layer, String grid) {
		if (layer == null || grid == null) {
			return null;
		}
		Map<String, String> up = parents.computeIfAbsent(layer, parentsOfLayer);
		int depth = 0;
		for (String code = grid; code != null && depth <= up.size(); code = up.get(code), depth++) {
			OrgUnit unit = owners.get(layer + ":" + code);
			if (unit != null) {
				return unit;
			}
		}
		return null;
	}

	/** Who hears of an alert, and why. */
	record Recipients(List<Long> people, String unitCode, Basis basis) {

		enum Basis {
			ON_DUTY, HEAD, UNASSIGNED
		}
	}
}
