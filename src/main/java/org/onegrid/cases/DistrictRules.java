package org.onegrid.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.access.AccountDirectory;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.calendar.WorkingDuration;
import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.AreaClasses;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.GridPath;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Responsibility;
import org.onegrid.catalogue.ResponsibilityLookup;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.TimeLimits.StageLimit;
import org.onegrid.catalogue.Urgency;
import org.onegrid.grid.District;
import org.onegrid.people.DepartmentDirectory;
import org.onegrid.people.Platform;
import org.onegrid.people.Receivers;
import org.springframework.stereotype.Component;

/**
 * {@link CaseRules} from the district's catalogue, responsibility matrix, working calendar and case settings.
 */
@Component
class DistrictRules implements CaseRules {

	private final Catalogue catalogue;

	private final ResponsibilityLookup responsibilities;

	private final WorkingCalendar calendar;

	private final CasesProperties properties;

	private final AreaClasses areaClasses;

	private final int maxWorkingDays;

	private final Receivers receivers;

	private final AccountDirectory accounts;

	private final DepartmentDirectory directory;

	private final TierLevels tierLevels;

	private final CaseDistricts caseDistricts;

	DistrictRules(Catalogue catalogue, ResponsibilityLookup responsibilities, WorkingCalendar calendar,
			CasesProperties properties, AreaClasses areaClasses, Receivers receivers, AccountDirectory accounts,
			DepartmentDirectory directory, TierLevels tierLevels, CaseDistricts caseDistricts) {
		this.caseDistricts = caseDistricts;
		this.directory = directory;
		this.tierLevels = tierLevels;
		this.receivers = receivers;
		this.accounts = accounts;
		this.areaClasses = areaClasses;
		this.catalogue = catalogue;
		this.responsibilities = responsibilities;
		this.calendar = calendar;
		this.properties = properties;
		this.maxWorkingDays = catalogue.maxWorkingDays();
	}

	@Override
	public Instant now() {
		return calendar.now();
	}

	@Override
	public StageClock clock(Stage stage, Instant start, Kind kind, String minorCode, AreaClass areaClass,
			Urgency urgency, List<GridTrail> trails) {
		String district = null;
		if (catalogue.hasDistrictLimits()) {
			District holding = caseDistricts.of(trails);
			district = holding == null ? null : holding.code();
		}
		for (StageLimit limit : catalogue.timeLimits(kind, minorCode, areaClass, urgency, district)) {
			if (limit.stage() == stage) {
				Instant deadline = calendar.deadline(start, limit.limit());
				return new StageClock(stage, limit.limit().toString(), start, deadline, warnAt(start, deadline),
						Light.GREEN, null);
			}
		}
		return null;
	}

	private Instant warnAt(Instant start, Instant deadline) {
		Duration total = calendar.workingTimeBetween(start, deadline);
		return calendar.plusWorkingTime(start, Duration.ofSeconds((long) (total.toSeconds() * properties.warnShare())));
	}

	@Override
	public String estimated(StageClock clock) {
		var years = calendar.fallbackYears(clock.startedAt().atZone(calendar.zone()).toLocalDate(),
				clock.deadline().atZone(calendar.zone()).toLocalDate());
		return years.isEmpty() ? null : "预估期限 / Estimated deadline: no holiday schedule is loaded for " + years
				+ ", so its days are counted Monday to Friday; it will not move when the schedule is loaded";
	}

	@Override
	public StageClock postpone(StageClock clock, int days) {
		Instant deadline = calendar.deadline(clock.deadline(), WorkingDuration.days(days));
		StageClock longer = new StageClock(clock.stage(), clock.limit() + " + " + WorkingDuration.days(days), clock.startedAt(),
				deadline, warnAt(clock.startedAt(), deadline), Light.GREEN, null);
		return longer.withLight(longer.lightAt(now()));
	}

	@Override
	public StageClock pause(StageClock running) {
		long left = Math.max(0, calendar.workingTimeBetween(now(), running.deadline()).toSeconds());
		return new StageClock(running.stage(), running.limit(), running.startedAt(), running.deadline(),
				running.warnAt(), running.light(), left);
	}

	@Override
	public StageClock resume(StageClock paused) {
		Instant now = now();
		long left = paused.pausedRemainingSeconds();
		long total = calendar.workingTimeBetween(paused.startedAt(), paused.deadline()).toSeconds();
		long untilWarn = Math.max(0, left - (long) (total * (1 - properties.warnShare())));
		return new StageClock(paused.stage(), paused.limit(), paused.startedAt(),
				calendar.plusWorkingTime(now, Duration.ofSeconds(left)),
				calendar.plusWorkingTime(now, Duration.ofSeconds(untilWarn)), paused.light(), null);
	}

	@Override
	public Instant handlingCap(Instant start, List<GridTrail> trails) {
		int days = maxWorkingDays;
		if (catalogue.hasDistrictLimits()) {
			District holding = caseDistricts.of(trails);
			days = holding == null ? maxWorkingDays : catalogue.maxWorkingDays(holding.code());
		}
		return calendar.deadline(start, WorkingDuration.days(days));
	}

	@Override
	public Responsibility responsibility(Kind kind, String minorCode, GridTrail trail) {
		return responsibilities.resolve(kind, minorCode, path(trail));
	}

	@Override
	public AreaClass areaClass(GridTrail trail) {
		return areaClasses.classify(path(trail)).orElse(properties.defaultAreaClass());
	}

	private static GridPath path(GridTrail trail) {
		return GridPath.of(trail.layer(), trail.grids().stream().map(GridTrail.Step::code).toList(),
				trail.grids().stream().map(GridTrail.Step::levelName).toList());
	}

	@Override
	public String nobodyFor(String target, GridTrail trail, String permission) {
		Set<Long> people;
		if (target.startsWith(Case.GRID_TARGET)) {
			String grid = target.substring(Case.GRID_TARGET.length());
			int index = trail.indexOf(grid);
			if (index < 0) {
				return "grid " + grid + " is not on the case's way up the " + trail.layer() + " layer";
			}
			people = receivers.ofGrids(trail.layer(),
					trail.grids().subList(index, trail.grids().size()).stream().map(GridTrail.Step::code).toList(),
					permission);
		}
		else if (receivers.departmentsOf(target).isEmpty()) {
			return "there is no department or platform '" + target + "'";
		}
		else {
			people = receivers.ofDepartment(target, permission);
		}
		if (!accounts.reachable(people, receivers.rolesWith(permission)).isEmpty()) {
			return null;
		}
		String where = directory.platforms().stream()
			.filter(platform -> platform.code().equals(target) && platform.lead() == null)
			.map(platform -> "platform '" + target + "' has no lead department (牵头单位) to take it up, and in its"
					+ " departments " + platform.departments() + " ")
			.findFirst()
			.orElse("");
		return where + "nobody " + (where.isEmpty() ? "there " : "") + "with an enabled account holds a role with '"
				+ permission + "'; " + (where.isEmpty() ? "" : "name a lead department or ")
				+ "give someone that role and an account first";
	}

	@Override
	public void requireOffered(Kind kind, String minorCode, List<GridTrail> trails) {
		caseDistricts.requireOffered(kind, minorCode, trails);
	}

	@Override
	public String routeWithin(String target, String minorCode) {
		return target == null || target.startsWith(Case.GRID_TARGET) ? target : directory.routeWithin(target, minorCode);
	}

	@Override
	public String coordinatorFor(String lead, List<String> assisting) {
		String coordinator = directory.coordinator().orElse(null);
		if (coordinator == null || lead == null || lead.startsWith(Case.GRID_TARGET)) {
			return null;
		}
		Set<String> platforms = new HashSet<>(platformsOf(lead));
		assisting.forEach(department -> platforms.addAll(platformsOf(department)));
		return platforms.size() > 1 ? coordinator : null;
	}

	@Override
	public String coordinatorAfterReturnFrom(String lead) {
		String coordinator = directory.coordinator().orElse(null);
		Platform platform = directory.platforms().stream().filter(p -> p.code().equals(lead)).findFirst()
			.orElse(null);
		return platform != null && coordinator != null && !coordinator.equals(lead)
				&& !coordinator.equals(platform.lead()) ? coordinator : null;
	}

	/** The platform a target code names, or the platforms a department belongs to. */
	private Set<String> platformsOf(String target) {
		Set<String> found = new HashSet<>();
		for (Platform platform : directory.platforms()) {
			if (platform.code().equals(target) || platform.departments().contains(target)) {
				found.add(platform.code());
			}
		}
		return found;
	}

	@Override
	public String handlingGrid(GridTrail trail, Tier tier) {
		List<String> names = tierLevels.of(tier);
		for (GridTrail.Step step : trail.grids()) {
			if (step.levelName() != null && names.contains(step.levelName())) {
				return step.code();
			}
		}
		int size = trail.grids().size();
		return switch (tier) {
			case MINOR, GENERAL -> trail.grids().get(0).code();
			case SERIOUS -> trail.grids().get(Math.max(0, size - 2)).code();
			case MAJOR -> trail.grids().get(size - 1).code();
		};
	}
}
