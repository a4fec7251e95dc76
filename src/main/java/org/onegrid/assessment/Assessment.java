package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly assessment (月度考核) of departments and grids. A month that was never closed is answered live from the
 * assessment's facts, as of its end or now, whichever is earlier; once closed, it is answered from its latest
 * published revision, so that later events never change what was published. Months follow the district's zone.
 */
@Service
public class Assessment {

	private final DepartmentIndicators departments;

	private final GridIndicators grids;

	private final Scorecards scorecards;

	private final Months months;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	Assessment(DepartmentIndicators departments, GridIndicators grids, Scorecards scorecards, Months months,
			TransactionTemplate transactions, Clock clock, WorkingCalendar calendar) {
		this.departments = departments;
		this.grids = grids;
		this.scorecards = scorecards;
		this.months = months;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	public MonthFigures indicators(YearMonth month, ObjectType type) {
		Optional<MonthRevision> published = months.latest(month.toString());
		if (published.isPresent()) {
			MonthRevision revision = published.get();
			return new MonthFigures(revision.month(), type, revision.revision(), revision.asOf(),
					months.figures(revision, type));
		}
		Instant asOf = asOf(month);
		return new MonthFigures(month.toString(), type, null, asOf, live(month, type, asOf));
	}

	public MonthScores scores(YearMonth month, ObjectType type) {
		Optional<MonthRevision> published = months.latest(month.toString());
		if (published.isPresent()) {
			MonthRevision revision = published.get();
			return new MonthScores(revision.month(), type, revision.revision(), revision.asOf(),
					months.scores(revision, type));
		}
		Instant asOf = asOf(month);
		return new MonthScores(month.toString(), type, null, asOf,
				Scoring.score(live(month, type, asOf), scorecards.of(type), previous(month, type)));
	}

	/**
	 * Closes the month: publishes its figures and scores of every object type as of now (or its end) as the next
	 * revision. Only a month that has ended can be closed.
	 */
	public MonthRevision close(YearMonth month, String closedBy) {
		return transactions.execute(status -> {
			months.lock(month.toString());
			Instant now = clock.instant();
			MonthRevision revision = months.add(month.toString(), closedBy, now, asOf(month));
			for (ObjectType type : ObjectType.values()) {
				List<Figures> figures = live(month, type, revision.asOf());
				months.publish(revision, type, figures,
						Scoring.score(figures, scorecards.of(type), previous(month, type)));
			}
			return revision;
		});
	}

	/** The month's revisions and the latest one's scores; a month never closed has none. */
	public MonthReport month(YearMonth month) {
		List<MonthRevision> revisions = months.revisions(month.toString());
		MonthRevision latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		List<MonthScores> scores = new ArrayList<>();
		if (latest != null) {
			for (ObjectType type : ObjectType.values()) {
				scores.add(new MonthScores(latest.month(), type, latest.revision(), latest.asOf(),
						months.scores(latest, type)));
			}
		}
		return new MonthReport(month.toString(), latest, revisions, scores);
	}

	/** Whether the month is over in the district's zone, so that it may be closed. */
	public boolean isOver(YearMonth month) {
		return !end(month).isAfter(clock.instant());
	}

	private List<Figures> live(YearMonth month, ObjectType type, Instant asOf) {
		Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
		return type == ObjectType.DEPARTMENT ? departments.of(start, end(month), asOf)
				: grids.of(start, end(month), asOf);
	}

	/** The previous month's scores by object: as published if it was closed, otherwise live. */
	private Map<String, BigDecimal> previous(YearMonth month, ObjectType type) {
		YearMonth before = month.minusMonths(1);
		List<Score> scores = months.latest(before.toString())
			.map(revision -> months.scores(revision, type))
			.orElseGet(() -> Scoring.score(live(before, type, asOf(before)), scorecards.of(type), Map.of()));
		return scores.stream().collect(Collectors.toMap(Score::object, Score::score));
	}

	private Instant end(YearMonth month) {
		return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
	}

	private Instant asOf(YearMonth month) {
		Instant now = clock.instant();
		Instant end = end(month);
		return now.isBefore(end) ? now : end;
	}
}
