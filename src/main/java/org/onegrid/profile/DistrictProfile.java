package org.onegrid.profile;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.onegrid.cases.ClosingRule;
import org.onegrid.catalogue.MinorClassDefinition;
import org.onegrid.catalogue.RuleDefinition;
import org.onegrid.grid.LayerDefinition;
import org.onegrid.people.Department;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.Platform;
import org.onegrid.people.Qualification;
import org.onegrid.people.RoleDefinition;
import org.onegrid.people.TeamTemplate;
import org.onegrid.people.UnitDefinition;
import tools.jackson.databind.JsonNode;

/**
 * A district profile as read from its bundle: each section's entries in the form the owning module's API takes,
 * each with its place in the bundle.
 *
 * @param primaryLayer the layer whose grids people serve and tiers climb
 * @param grids each layer's FeatureCollection, by layer code
 * @param members the FeatureCollection of each layer's grid members (road sections, units), by layer code
 * @param tiers each tier's handling level names, by tier code
 * @param closers who may close a case of the tier, by tier code, for the tiers that name closers
 * @param files the bundle's files as given, kept with the loaded profile
 * @param coordinator the department or platform coordinating matters that span platforms, or {@code null}
 */
record DistrictProfile(Value at, String id, String name, String version, int maxWorkingDays, String primaryLayer,
		List<Item<LayerDefinition>> layers, Map<String, Item<JsonNode>> grids,
		Map<String, Item<JsonNode>> members, List<Item<UnitDefinition>> units,
		List<Item<Department>> departments, List<Item<Platform>> platforms, List<Item<RoleDefinition>> roles,
		Map<String, Item<List<String>>> tiers, Map<String, List<Item<ClosingRule.Closer>>> closers,
		List<Item<BigDecimal>> urgencies, List<Item<MajorClassEntry>> majorClasses,
		List<Item<MinorClassDefinition>> minorClasses, List<Item<RuleDefinition>> rules,
		List<Item<TeamTemplate>> templates, List<Item<PersonEntry>> people, List<Item<DutyRule>> duty,
		Map<String, String> files, Item<String> coordinator) {

	/** A major class as the catalogue section names it. */
	record MajorClassEntry(String kind, String code, String nameZh, String nameEn) {
	}

	/**
	 * A person with the account they sign in with, if any, and the grids of the primary layer they serve.
	 *
	 * @param key how duty rules name the person: the account's username, else the person's name
	 * @param post the role in which the person serves the grids; their first role when not given
	 * @param headOf the units whose head (负责人) the person is: who hears of the unit's alerts when nobody is on duty
	 * @param qualifications the qualifications the person holds, {@code null} when the entry does not say, which
	 * leaves the stored ones alone
	 */
	record PersonEntry(String key, PersonDefinition definition, String username, String post, List<String> grids,
			List<String> headOf, List<Qualification> qualifications) {
	}

	/**
	 * A daily duty: each named person holds the duty in the unit from {@code start} to {@code end} on each of the
	 * next {@code days} days (only the working days when {@code workingDaysOnly}).
	 */
	record DutyRule(String unit, String duty, LocalTime start, LocalTime end, boolean workingDaysOnly, int days,
			List<String> people) {
	}
}
