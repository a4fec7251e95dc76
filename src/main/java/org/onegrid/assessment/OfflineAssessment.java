package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The offline part of the people's monthly assessment (线下考核): an assessor in whose scope a person serves (their
 * grid's 指导员, their unit's head) gives them 0 to 100 points for a month that has begun, never to themselves. The
 * points become the person's {@code offlineScore} and {@code offlineRate}, which a scorecard may weigh. A closed
 * month's published result never changes with a later entry: the entry counts from the month's next close, which
 * publishes a new revision, as any other correction does.
 */
@Service
public class OfflineAssessment {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final OfflineScores scores;

	private final Months months;

	private final Staff staff;

	private final Clock clock;

	private final ZoneId zone;

	OfflineAssessment(OfflineScores scores, Months months, Staff staff, Clock clock, WorkingCalendar calendar) {
		this.scores = scores;
		this.months = months;
		this.staff = staff;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** Records the assessor's score of the person for the month; refused whole, field by field, when invalid. */
	public OfflineScore enter(long personId, String monthText, OfflineScoreRequest request, Grant assessor) {
		if (assessor.personId() != null && assessor.personId() == personId) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden",
					"不能为本人录入线下考核 / No one enters the offline part of their own assessment");
		}
		List<Violation> violations = new ArrayList<>();
		YearMonth month = AssessmentController.month(monthText, "month", violations);
		if (month != null && month.isAfter(YearMonth.now(clock.withZone(zone)))) {
			violations.add(new Violation("month", "NOT_BEGUN",
					"月份尚未开始 / " + month + " has not begun, so no one can be assessed for it yet"));
		}
		check(request == null ? new OfflineScoreRequest(null, null) : request, violations);
		Fields.failIfAny(violations);
		if (!staff.isPerson(personId)) {
			throw ApiProblem.notFound("Person", Long.toString(personId));
		}
		long id = scores.add(personId, month.toString(), request.score(), Fields.blankToNull(request.note()),
				assessor.username(), clock.instant());
		return history(personId, month).stream().filter(entry -> entry.id() == id).findFirst().orElseThrow();
	}

	/** The person's entries for the month, latest first, each saying whether the month's published result has it. */
	public List<OfflineScore> history(long personId, YearMonth month) {
		Optional<MonthRevision> closed = months.latest(month.toString());
		return scores.history(personId, month.toString()).stream()
			.map(entry -> new OfflineScore(entry.id(), entry.personId(), entry.month(), entry.score(), entry.note(),
					entry.enteredBy(), entry.enteredAt(), closed.map(MonthRevision::revision).orElse(null),
					closed.isPresent() && entry.enteredAt().isBefore(closed.get().closedAt())))
			.toList();
	}

	private static void check(OfflineScoreRequest request, List<Violation> violations) {
		BigDecimal score = request.score();
		if (score == null) {
			violations.add(new Violation("score", "REQUIRED", "分数必填 / score is required, 0 to 100 points"));
		}
		else if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
			violations.add(new Violation("score", "RANGE", "分数须在0到100之间 / score is 0 to 100 points, not "
					+ score.toPlainString()));
		}
		else if (score.stripTrailingZeros().scale() > 2) {
			violations.add(new Violation("score", "SCALE", "分数最多两位小数 / score has at most two decimal places"));
		}
		if (request.note() != null && request.note().strip().length() > 500) {
			violations.add(new Violation("note", "SIZE", "说明最多500字 / note is at most 500 characters"));
		}
	}
}
