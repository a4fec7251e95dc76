package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.onegrid.access.Grant;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;

/**
 * Builds the ranking notices (定期排名通报) of the monthly and yearly assessment: a closed month's notice holds its
 * published results and says which revision they are; any other period's holds the live ranking and says whether it
 * is provisional. The reader sees the rows their scope allows, with the district-wide (or level-wide) ranks, each by
 * its name, in Chinese as the district publishes it or in English.
 */
@Service
class RankingNotices {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Assessment assessment;

	private final LevelRankings levels;

	private final ZoneId zone;

	private final NoticeNames names;

	RankingNotices(Assessment assessment, LevelRankings levels, NoticeNames names, WorkingCalendar calendar) {
		this.assessment = assessment;
		this.names = names;
		this.levels = levels;
		this.zone = calendar.zone();
	}

	/** The notice in Chinese, or in English when {@code english}, with the objects' names in that language. */
	RankingNotice notice(Period period, ObjectType type, Integer level, Grant reader, boolean english) {
		PeriodScores scores = level == null ? assessment.scores(period, type, reader)
				: levels.scores(period, level, reader);
		String levelName = level == null ? null : levels.levelName(level);
		Map<String, String> names = this.names.of(type, english);
		List<RankingNotice.Row> rows = scores.rows()
			.stream()
			.map(score -> new RankingNotice.Row(score, names.getOrDefault(score.object(), score.object())))
			.toList();
		String asOf = LOCAL.format(scores.asOf().atZone(zone));
		boolean provisional = scores.revision() == null
				&& (period.kind() == Period.Kind.MONTH || scores.asOf().isBefore(period.end().atStartOfDay(zone)
					.toInstant()));
		NoticeWords words = new NoticeWords(english);
		return new RankingNotice(scores.period(), type, levelName, words.title(period, type, levelName),
				scores.revision(), provisional, words.status(scores.revision(), provisional, period.kind(), asOf), rows,
				words.summary(rows), words);
	}

	static String points(BigDecimal score) {
		return score == null ? "" : score.stripTrailingZeros().toPlainString();
	}
}
