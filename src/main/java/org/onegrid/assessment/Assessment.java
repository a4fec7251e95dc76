package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.onegrid.access.Grant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assessment (考核) of departments, grids, intake channels and people by day, week, month or year. A period is
 * answered live from the assessment's facts, as of its end or now, whichever is earlier; a month, once closed, is
 * answered from its latest published revision, so that later events never change what was published. Periods follow
 * the district's zone.
 */
@Service
public class Assessment {

	private final LiveFigures live;

	private final CaseLines lines;

	private final Scorecards scorecards;

	private final Bundles bundles;

	private final Months months;

	private final ReadScope scope;

	private final Comparisons comparisons;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Assessment(LiveFigures live, CaseLines lines, Scorecards scorecards, Bundles bundles, Months months,
			ReadScope scope, Comparisons comparisons, TransactionTemplate transactions, Clock clock) {
		this.live = live;
		this.bundles = bundles;
		this.comparisons = comparisons;
		this.lines = lines;
		this.scope = scope;
		this.scorecards = scorecards;
		this.months = months;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The period's indicators: a closed month's as published, any other period's live. */
	public PeriodFigures indicators(Period period, ObjectType type) {
		Optional<MonthRevision> published = published(period);
		if (published.isPresent()) {
			MonthRevision revision = published.get();
			return new PeriodFigures(revision.month(), type, revision.revision(), revision.asOf(),
					months.figures(revision, type));
		}
		Instant asOf = live.asOf(period);
		return new PeriodFigures(period.label(), type, null, asOf, live.of(period, type, asOf));
	}

	/** The period's indicators that the reader may see (every department's, and the grids within their own). */
	public PeriodFigures indicators(Period period, ObjectType type, Grant reader) {
		PeriodFigures all = indicators(period, type);
		return new PeriodFigures(all.period(), type, all.revision(), all.asOf(),
				scope.visible(type, all.rows(), Figures::object, reader));
	}

	/** The period's scores that the reader may see, with their district-wide ranks. */
	public PeriodScores scores(Period period, ObjectType type, Grant reader) {
		PeriodScores all = scores(period, type);
		return new PeriodScores(all.period(), type, all.revision(), all.asOf(),
				scope.visible(type, all.rows(), Score::object, reader));
	}

	/** The period's scores, best first: a closed month's as published, any other period's live. */
	public PeriodScores scores(Period period, ObjectType type) {
		Optional<MonthRevision> published = published(period);
		if (published.isPresent()) {
			MonthRevision revision = published.get();
			return new PeriodScores(revision.month(), type, revision.revision(), revision.asOf(),
					months.scores(revision, type));
		}
		Instant asOf = live.asOf(period);
		Supplier<Map<String, BigDecimal>> previous = comparisons.start(() -> scoresOf(period.previous(), type));
		Supplier<Map<String, BigDecimal>> yearBefore = comparisons.start(() -> scoresOf(period.yearBefore(), type));
		List<Figures> figures = live.of(period, type, asOf);
		Scorecard card = scorecards.of(type);
		return new PeriodScores(period.label(), type, null, asOf,
				Scoring.score(figures, card, previous.get(), yearBefore.get(), bundling(card, period)));
	}

	/**
	 * Closes the month: publishes its figures and scores of every object type as of now (or its end) as the next
	 * revision. Only a month that has ended can be closed.
	 */
	public MonthRevision close(YearMonth month, String closedBy) {
		return close(Period.month(month), closedBy);
	}

	/**
	 * Closes a month or a year that has ended the same way: its figures and scores of every object type, as of now,
	 * published as the period's next revision, which its readers are answered from from then on.
	 */
	public MonthRevision close(Period period, String closedBy) {
		if (period.kind() != Period.Kind.MONTH && period.kind() != Period.Kind.YEAR) {
			throw new IllegalArgumentException("only months and years are closed: " + period.label());
		}
		return transactions.execute(status -> {
			months.lock(period.label());
			Instant now = clock.instant();
			MonthRevision revision = months.add(period.label(), closedBy, now, live.asOf(period));
			Map<ObjectType, Map<String, BigDecimal>> published = new EnumMap<>(ObjectType.class);
			for (ObjectType type : ObjectType.values()) {
				List<Figures> figures = live.of(period, type, revision.asOf());
				Scorecard card = scorecards.of(type);
				List<Score> scores = Scoring.score(figures, card, scoresOf(period.previous(), type),
						scoresOf(period.yearBefore(), type),
						bundles.of(card, () -> published.get(card.bundle().objectType())));
				months.publish(revision, type, figures, scores);
				published.put(type, scores.stream().collect(Collectors.toMap(Score::object, Score::score)));
			}
			return revision;
		});
	}

	/** The month's revisions and the latest one's scores that the reader may see; a month never closed has none. */
	public MonthReport month(YearMonth month, Grant reader) {
		return published(month.toString(), reader);
	}

	/** A closed month's or year's revisions and the latest one's scores that the reader may see. */
	public MonthReport published(String label, Grant reader) {
		List<MonthRevision> revisions = months.revisions(label);
		MonthRevision latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		List<PeriodScores> scores = new ArrayList<>();
		if (latest != null) {
			for (ObjectType type : ObjectType.values()) {
				scores.add(new PeriodScores(latest.month(), type, latest.revision(), latest.asOf(),
						scope.visible(type, months.scores(latest, type), Score::object, reader)));
			}
		}
		return new MonthReport(label, latest, revisions, scores);
	}

	/**
	 * The cases behind one person's figures in the period, live as of its end or now, or empty when the reader may
	 * not see that person's row.
	 */
	public Optional<PersonCases> cases(Period period, ObjectType type, String username, Grant reader) {
		if (type != ObjectType.WORKER && type != ObjectType.OPERATOR
				|| scope.visible(type, List.of(username), name -> name, reader).isEmpty()) {
			return Optional.empty();
		}
		Instant asOf = live.asOf(period);
		return Optional.of(new PersonCases(period.label(), type, username, asOf,
				lines.of(type, username, live.instant(period.start()), live.instant(period.end()), asOf)));
	}

	/** Whether the month is over in the district's zone, so that it may be closed. */
	public boolean isOver(YearMonth month) {
		return isOver(Period.month(month));
	}

	/** Whether the period is over in the district's zone, so that it may be closed. */
	public boolean isOver(Period period) {
		return !live.instant(period.end()).isAfter(clock.instant());
	}

	private Optional<MonthRevision> published(Period period) {
		boolean closable = period.kind() == Period.Kind.MONTH || period.kind() == Period.Kind.YEAR;
		return closable ? months.latest(period.label()) : Optional.empty();
	}

	/** A period's scores by object, to compare with: a closed month's as published, otherwise live. */
	private Map<String, BigDecimal> scoresOf(Period before, ObjectType type) {
		List<Score> scores = published(before)
			.map(revision -> months.scores(revision, type))
			.orElseGet(() -> {
				Scorecard card = scorecards.of(type);
				return Scoring.score(live.of(before, type, live.asOf(before)), card, Map.of(), Map.of(),
						bundling(card, before));
			});
		return scores.stream().collect(Collectors.toMap(Score::object, Score::score));
	}

	/**
	 * The bundle of a people's scorecard in the period: the scores of the bundled grids in the same period, as
	 * published if it was closed, otherwise live. The grids come before the people in {@link ObjectType}, so a close
	 * has published them already.
	 */
	private Bundling bundling(Scorecard card, Period period) {
		return bundles.of(card, () -> scoresOf(period, card.bundle().objectType()));
	}
}
