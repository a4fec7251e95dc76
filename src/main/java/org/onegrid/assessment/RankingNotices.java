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
 * is provisional. The reader sees the rows their scope allows, with the district-wide (or level-wide) ranks.
 */
@Service
class RankingNotices {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Assessment assessment;

	private final LevelRankings levels;

	private final ZoneId zone;

	RankingNotices(Assessment assessment, LevelRankings levels, WorkingCalendar calendar) {
		this.assessment = assessment;
		this.levels = levels;
		this.zone = calendar.zone();
	}

	RankingNotice notice(Period period, ObjectType type, Integer level, Grant reader) {
		PeriodScores scores = level == null ? assessment.scores(period, type, reader)
				: levels.scores(period, level, reader);
		String levelName = level == null ? null : levels.levelName(level);
		Map<String, String> names = type == ObjectType.GRID ? levels.gridNames() : Map.of();
		List<RankingNotice.Row> rows = scores.rows()
			.stream()
			.map(score -> new RankingNotice.Row(score, names.getOrDefault(score.object(), score.object())))
			.toList();
		String asOf = LOCAL.format(scores.asOf().atZone(zone));
		boolean provisional = scores.revision() == null
				&& (period.kind() == Period.Kind.MONTH || scores.asOf().isBefore(period.end().atStartOfDay(zone)
					.toInstant()));
		String status = scores.revision() != null ? "已发布:第" + scores.revision() + "版,数据截至 " + asOf
				: provisional ? "临时排名:" + (period.kind() == Period.Kind.MONTH ? "本月尚未关账" : "本期尚未结束")
						+ ",数据截至 " + asOf + ",以正式发布为准" : "据截至 " + asOf + " 的数据统计";
		String title = periodName(period) + (levelName != null ? levelName : subject(type)) + "网格化工作考核排名通报";
		return new RankingNotice(scores.period(), type, levelName, title, scores.revision(), provisional, status,
				rows, summary(rows));
	}

	private static String summary(List<RankingNotice.Row> rows) {
		if (rows.isEmpty()) {
			return "本期无排名对象。";
		}
		RankingNotice.Row first = rows.get(0);
		RankingNotice.Row last = rows.get(rows.size() - 1);
		return "第一名:" + first.name() + "(" + points(first.score().score()) + "分);末位:" + last.name() + "("
				+ points(last.score().score()) + "分)。";
	}

	static String points(BigDecimal score) {
		return score == null ? "" : score.stripTrailingZeros().toPlainString();
	}

	private static String periodName(Period period) {
		return switch (period.kind()) {
			case YEAR -> period.start().getYear() + "年度";
			case MONTH -> period.start().getYear() + "年" + period.start().getMonthValue() + "月";
			case WEEK -> period.label().substring(0, 4) + "年第" + Integer.parseInt(period.label().substring(6))
					+ "周";
			case DAY -> period.start().getYear() + "年" + period.start().getMonthValue() + "月"
					+ period.start().getDayOfMonth() + "日";
		};
	}

	private static String subject(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> "职能部门";
			case GRID -> "网格";
			case CHANNEL -> "受理渠道";
			case WORKER -> "网格员";
			case OPERATOR -> "受理派遣人员";
		};
	}
}
