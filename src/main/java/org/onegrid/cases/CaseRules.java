package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.Responsibility;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.Urgency;

/**
 * What a case needs from the district's rules and calendar to take a step: the time, stage limits, deadlines and
 * responsibility. Keeping it an interface lets the aggregate be tested with fixed rules.
 */
interface CaseRules {

	Instant now();

	/**
	 * The stage's clock starting at {@code start} for a case of these properties on these trails, whose district's
	 * own limits apply where it set any; {@code null} if no limit is set.
	 */
	StageClock clock(Stage stage, Instant start, Kind kind, String minorCode, AreaClass areaClass, Urgency urgency,
			List<GridTrail> trails);

	/**
	 * Why the clock's deadline is an estimate (it runs through a year without a holiday schedule, counted Monday to
	 * Friday), or {@code null} when every day it counts is known.
	 */
	String estimated(StageClock clock);

	/** The clock with its deadline moved {@code days} working days later, and its light as of now. */
	StageClock postpone(StageClock clock, int days);

	/** The paused clock restarted now with the working time it had left. */
	StageClock resume(StageClock paused);

	/** The clock stopped now, remembering the working time left. */
	StageClock pause(StageClock running);

	/**
	 * The latest a handling deadline may be, for handling that started at {@code start}: the maximum working days
	 * of the district holding the place on the trails, or of the installation (15 working days).
	 */
	Instant handlingCap(Instant start, List<GridTrail> trails);

	Responsibility responsibility(Kind kind, String minorCode, GridTrail trail);

	/** The area class of the place on the trail, when the district gave one of its grids a class. */
	AreaClass areaClass(GridTrail trail);

	/**
	 * Why nobody can take up work sent to {@code target} (a department, a platform, or {@code grid:<code>} for a
	 * grid of the trail) with {@code permission}, or {@code null} when someone with an account can.
	 */
	String nobodyFor(String target, GridTrail trail, String permission);

	/**
	 * Where work sent to {@code target} in the minor class goes inside it: the department's group (组别) that takes
	 * the class, or {@code target} itself.
	 */
	String routeWithin(String target, String minorCode);

	/**
	 * Refuses (400 on {@code minorCode}) a category that the district holding a case on these trails does not offer.
	 */
	void requireOffered(Kind kind, String minorCode, List<GridTrail> trails);

	/**
	 * The district's coordinator of matters spanning platforms (跨平台事项) when the lead and assisting targets belong
	 * to more than one platform, or {@code null} when they do not or no coordinator is named.
	 */
	String coordinatorFor(String lead, List<String> assisting);

	/**
	 * The coordinator that takes up a case the platform {@code lead} returned as not its own, or {@code null} when
	 * {@code lead} is no platform, is the coordinator itself, or no coordinator is named.
	 */
	String coordinatorAfterReturnFrom(String lead);

	/** The grid on the trail that handles a case of the tier. */
	String handlingGrid(GridTrail trail, Tier tier);
}
