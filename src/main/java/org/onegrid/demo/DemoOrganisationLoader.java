package org.onegrid.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.ShiftPattern;
import org.onegrid.people.ShiftPattern.DailyShift;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.TeamCompleteness;
import org.onegrid.people.TeamTemplate;
import org.onegrid.people.TeamTemplate.Slot;
import org.onegrid.people.UnitDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's organisation, loaded after its grids ({@link DemoDistrictLoader}) through the people API:
 * 松江区 and its streets as units on the operations layer; for the pilot street 中山街道 the operations centre with
 * a sub-centre per 片区 and a station per community (the 中山 street's 多格合一 plan), a generated 1+1+1+5+X team for every
 * micro-grid (the 丽水 city-management grid plan) and a duty roster for the current week (by day a street leader, by
 * night the police station's leader). Every person is generated and marked so; nobody's real name or phone number is
 * used.
 * <p>
 * Loaded once, when the district unit is missing; the roster is added for the current week whenever that week has
 * none, so a demo restarted next week still has someone on duty.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisationLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

	static final String LAYER = "ops";

	private static final List<String> LINES = List.of("urban-management", "municipal-works", "sanitation",
			"market-supervision", "police-station");

	private final GridLayers layers;

	private final Organisation organisation;

	private final People people;

	private final GridTeams teams;

	private final TeamCompleteness templates;

	private final DutyRoster roster;

	private final WorkingCalendar calendar;

	DemoOrganisationLoader(GridLayers layers, Organisation organisation, People people, GridTeams teams,
			TeamCompleteness templates, DutyRoster roster, WorkingCalendar calendar) {
		this.layers = layers;
		this.organisation = organisation;
		this.people = people;
		this.teams = teams;
		this.templates = templates;
		this.roster = roster;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!layers.exists(LAYER)) {
			return;
		}
		List<GridSummary> grids = layers.grids(LAYER, null, null);
		GridSummary pilot = grids.stream().filter(g -> g.name().equals(PilotAreas.STREET_NAME)).findFirst()
			.orElse(null);
		if (pilot == null) {
			return;
		}
		long started = System.nanoTime();
		String centre = pilot.code() + "-centre";
		if (!organisation.exists(grids.get(0).code())) {
			int staff = build(grids, pilot, centre);
			log.info("Demo organisation loaded: {} units, {} generated people in {} ms", organisation.list().size(),
					staff, (System.nanoTime() - started) / 1_000_000);
		}
		rosterForThisWeek(pilot.code(), centre);
	}

	private int build(List<GridSummary> grids, GridSummary pilot, String centre) {
		var names = new GeneratedNames();
		for (GridSummary grid : grids) {
			if (grid.level() <= 1) {
				unit(grid.code(), grid.name(), grid.level() == 0 ? "DISTRICT" : "STREET", grid.parentCode(), grid);
			}
		}
		unit(centre, pilot.name() + "城运中心", "CENTRE", pilot.code(), null);
		int before = people.list(null, null, null).size();
		for (int i = 0; i < 2; i++) {
			add(names, pilot.code(), null, "leader");
			add(names, pilot.code(), "police-station", "leader");
			add(names, centre, null, "shift-leader");
			add(names, centre, null, "shift-leader");
			add(names, centre, null, "dispatcher", "intake-operator");
		}
		templates.define(LAYER, new TeamTemplate(LAYER, "1+1+1+5+X", OpsGrids.LEVELS.get(4), slots()));
		List<TeamAssignment> assignments = new ArrayList<>();
		for (GridSummary area : children(grids, pilot.code())) {
			String subCentre = area.code() + "-sub";
			unit(area.code(), area.name(), "AREA", pilot.code(), area);
			unit(subCentre, area.name() + "城运分中心", "SUB_CENTRE", centre, null);
			for (GridSummary community : children(grids, area.code())) {
				String station = community.code() + "-station";
				unit(station, community.name() + "城运站点", "STATION", subCentre, community);
				List<TeamAssignment> shared = new ArrayList<>();
				shared.add(new TeamAssignment(null, add(names, station, null, "grid-chief"), "grid-chief"));
				shared.add(new TeamAssignment(null, add(names, station, "urban-management", "grid-instructor"),
						"grid-instructor"));
				LINES.forEach(line -> shared.add(new TeamAssignment(null,
						add(names, station, line, "specialist-worker"), "specialist-worker")));
				shared.add(new TeamAssignment(null, add(names, station, null, "optional-worker"), "optional-worker"));
				for (GridSummary micro : children(grids, community.code())) {
					shared.forEach(s -> assignments.add(new TeamAssignment(micro.code(), s.personId(), s.role())));
					assignments.add(new TeamAssignment(micro.code(), add(names, station, null, "full-time-worker"),
							"full-time-worker"));
				}
			}
		}
		teams.assignAll(LAYER, assignments);
		return people.list(null, null, null).size() - before;
	}

	private void rosterForThisWeek(String street, String centre) {
		LocalDate monday = calendar.today().with(DayOfWeek.MONDAY);
		var start = monday.atStartOfDay(calendar.zone()).toInstant();
		if (!roster.shifts(centre, start, start.plusSeconds(7 * 86_400L)).isEmpty()) {
			return;
		}
		List<Long> streetLeaders = ids(people.list(street, null, "leader"), false);
		List<Long> policeLeaders = ids(people.list(street, "police-station", "leader"), true);
		List<Long> shiftLeaders = ids(people.list(centre, null, "shift-leader"), false);
		LocalTime day = LocalTime.of(8, 0);
		LocalTime night = LocalTime.of(20, 0);
		roster.apply(centre, new ShiftPattern(monday, 7, List.of(
				new DailyShift("leader", day, night, streetLeaders),
				new DailyShift("leader", night, day, policeLeaders),
				new DailyShift("shift-leader", day, night, shiftLeaders.subList(0, 2)),
				new DailyShift("shift-leader", night, day, shiftLeaders.subList(2, 4)))));
		log.info("Demo duty roster written for {} from {}", centre, monday);
	}

	private static List<Long> ids(List<Person> persons, boolean police) {
		return persons.stream().filter(p -> "police-station".equals(p.departmentCode()) == police).map(Person::id)
			.toList();
	}

	private static List<GridSummary> children(List<GridSummary> grids, String parent) {
		return grids.stream().filter(g -> parent.equals(g.parentCode())).toList();
	}

	private static List<Slot> slots() {
		List<Slot> slots = new ArrayList<>(List.of(new Slot("grid-chief", null, 1), new Slot("grid-instructor", null, 1),
				new Slot("full-time-worker", null, 1)));
		LINES.forEach(line -> slots.add(new Slot("specialist-worker", line, 1)));
		slots.add(new Slot("optional-worker", null, 0));
		return slots;
	}

	private void unit(String code, String name, String kind, String parent, GridSummary grid) {
		organisation.define(new UnitDefinition(code, name, kind, parent, grid == null ? null : LAYER,
				grid == null ? null : grid.code(), true));
	}

	private long add(GeneratedNames names, String unit, String department, String... roles) {
		return people.add(new PersonDefinition(names.next(), null, unit, department, List.of(roles),
				true)).id();
	}
}
