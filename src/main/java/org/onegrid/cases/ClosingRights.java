package org.onegrid.cases;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.access.Grant;
import org.onegrid.people.OrgUnit;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Roles;
import org.springframework.stereotype.Component;

/**
 * Whether a caller may close a case of its tier under the district's {@link ClosingRules}. A caller stands at the
 * level of the grid their unit is bound to (a unit without a grid stands where its nearest parent with one does),
 * when that grid lies on the case's way up the primary layer; a closer at a level takes the callers standing at
 * that level or above it. A caller whose scope is the whole district stands at every level, and the in-process
 * system caller closes anything.
 */
@Component
class ClosingRights {

	private static final int MAX_DEPTH = 20;

	private final ClosingRules rules;

	private final People people;

	private final Organisation organisation;

	private final Roles roles;

	ClosingRights(ClosingRules rules, People people, Organisation organisation, Roles roles) {
		this.rules = rules;
		this.people = people;
		this.organisation = organisation;
		this.roles = roles;
	}

	/** {@code null} when the caller may close the case, else why not, naming who may. */
	String refusal(Case c, Grant grant) {
		if (grant.system() || c.tier == null) {
			return null;
		}
		ClosingRule rule = rules.of(c.tier).orElse(null);
		if (rule == null) {
			return null;
		}
		GridTrail trail = c.primaryTrail();
		int standing = grant.all() ? Integer.MAX_VALUE : standing(trail, grant);
		for (ClosingRule.Closer closer : rule.closers()) {
			int at = closer.level() == null ? -1 : levelIndex(trail, closer.level());
			boolean atLevel = closer.level() == null || grant.all() || at >= 0 && standing >= at;
			if (atLevel && (closer.role() == null || grant.roles().contains(closer.role()))) {
				return null;
			}
		}
		return describe(rule);
	}

	/** Where on the trail the caller's unit stands, or -1 when it stands on none of the trail's grids. */
	private int standing(GridTrail trail, Grant grant) {
		if (grant.personId() == null || !people.exists(grant.personId())) {
			return -1;
		}
		String unit = people.get(grant.personId()).unitCode();
		for (int depth = 0; depth < MAX_DEPTH && organisation.exists(unit); depth++) {
			OrgUnit at = organisation.get(unit);
			if (trail.layer().equals(at.layerCode()) && at.gridCode() != null) {
				return trail.indexOf(at.gridCode());
			}
			unit = at.parentCode();
		}
		return -1;
	}

	private static int levelIndex(GridTrail trail, String level) {
		for (int i = 0; i < trail.grids().size(); i++) {
			if (level.equals(trail.grids().get(i).levelName())) {
				return i;
			}
		}
		return -1;
	}

	/** "较大案件须由街道领导或联席会议结案 / A serious case is closed only by …", from the rule's data. */
	private String describe(ClosingRule rule) {
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (ClosingRule.Closer closer : rule.closers()) {
			boolean known = closer.role() != null && roles.exists(closer.role());
			String roleZh = closer.role() == null ? "" : known ? roles.get(closer.role()).nameZh() : closer.role();
			String roleEn = closer.role() == null ? "" : known ? roles.get(closer.role()).nameEn() : closer.role();
			zh.add((closer.level() == null ? "" : closer.level()) + roleZh);
			en.add(closer.role() == null ? "the " + closer.level() + " level"
					: closer.level() == null ? roleEn : roleEn + " at the " + closer.level() + " level");
		}
		return rule.tier().nameZh() + "案件须由" + join(zh, "、", "或") + "结案 / A " + rule.tier().nameEn()
				+ " case may be closed only by " + join(en, ", ", " or ") + ", and you are none of them";
	}

	private static String join(List<String> parts, String comma, String or) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(comma, parts.subList(0, parts.size() - 1)) + or + parts.get(parts.size() - 1);
	}
}
