package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Responsibility;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.Urgency;

/**
 * The district's rules as they answer at a fixed moment: what a historical step needs, taken when it happened.
 */
record RulesAt(CaseRules rules, Instant at) implements CaseRules {

	@Override
	public Instant now() {
		return at;
	}

	@Override
	public StageClock clock(Stage stage, Instant start, Kind kind, String minorCode, AreaClass areaClass,
			Urgency urgency, List<GridTrail> trails) {
		return rules.clock(stage, start, kind, minorCode, areaClass, urgency, trails);
	}

	@Override
	public String estimated(StageClock clock) {
		return rules.estimated(clock);
	}

	@Override
	public StageClock postpone(StageClock clock, int days) {
		return rules.postpone(clock, days);
	}

	@Override
	public StageClock resume(StageClock paused) {
		return rules.resume(paused);
	}

	@Override
	public StageClock pause(StageClock running) {
		return rules.pause(running);
	}

	@Override
	public Instant handlingCap(Instant start, List<GridTrail> trails) {
		return rules.handlingCap(start, trails);
	}

	@Override
	public Responsibility responsibility(Kind kind, String minorCode, GridTrail trail) {
		return rules.responsibility(kind, minorCode, trail);
	}

	@Override
	public AreaClass areaClass(GridTrail trail) {
		return rules.areaClass(trail);
	}

	@Override
	public String nobodyFor(String target, GridTrail trail, String permission) {
		return rules.nobodyFor(target, trail, permission);
	}

	@Override
	public String routeWithin(String target, String minorCode) {
		return rules.routeWithin(target, minorCode);
	}

	/** A step of the past is recorded in the category it was taken in, whatever the district offers today. */
	@Override
	public void requireOffered(Kind kind, String minorCode, List<GridTrail> trails) {
	}

	@Override
	public String coordinatorFor(String lead, List<String> assisting) {
		return rules.coordinatorFor(lead, assisting);
	}

	@Override
	public String coordinatorAfterReturnFrom(String lead) {
		return rules.coordinatorAfterReturnFrom(lead);
	}

	@Override
	public String handlingGrid(GridTrail trail, Tier tier) {
		return rules.handlingGrid(trail, tier);
	}
}
