package org.onegrid.assessment;

import java.util.List;

/**
 * The wording of a ranking notice in Chinese (the district's own, as it is published) or in English: its title,
 * the line saying where its figures come from, the line naming the first and the last, and its column titles.
 */
final class NoticeWords {

	private static final List<String> HEADER_ZH = List.of("排名", "编码", "名称", "得分", "等级", "环比", "同比");

	private static final List<String> HEADER_EN = List.of("Rank", "Code", "Name", "Score", "Grade",
			"Month on month", "Year on year");

	private final boolean english;

	NoticeWords(boolean english) {
		this.english = english;
	}

	boolean english() {
		return english;
	}

	List<String> header() {
		return english ? HEADER_EN : HEADER_ZH;
	}

	List<String> csvLead() {
		return english ? List.of("Period", "Status") : List.of("期间", "状态");
	}

	String title(Period period, ObjectType type, String levelName) {
		if (english) {
			String subject = levelName != null ? "grids of level " + levelName : subjectEn(type);
			return "Grid management assessment ranking of " + subject + ", " + periodEn(period);
		}
		return periodZh(period) + (levelName != null ? levelName : subjectZh(type)) + "网格化工作考核排名通报";
	}

	String status(Integer revision, boolean provisional, Period.Kind kind, String asOf) {
		if (english) {
			return revision != null ? "Published: revision " + revision + ", figures as of " + asOf
					: provisional ? "Provisional: " + (kind == Period.Kind.MONTH ? "the month is not closed yet"
							: "the period is not over yet") + "; figures as of " + asOf + ", the published ranking prevails"
							: "From the figures as of " + asOf;
		}
		return revision != null ? "已发布:第" + revision + "版,数据截至 " + asOf
				: provisional ? "临时排名:" + (kind == Period.Kind.MONTH ? "本月尚未关账" : "本期尚未结束")
						+ ",数据截至 " + asOf + ",以正式发布为准" : "据截至 " + asOf + " 的数据统计";
	}

	String csvStatus(Integer revision, boolean provisional) {
		if (english) {
			return revision != null ? "Published (revision " + revision + ")" : provisional ? "Provisional" : "Live";
		}
		return revision != null ? "已发布(第" + revision + "版)" : provisional ? "临时" : "实时";
	}

	String summary(List<RankingNotice.Row> rows) {
		if (rows.isEmpty()) {
			return english ? "Nothing is ranked in this period." : "本期无排名对象。";
		}
		RankingNotice.Row first = rows.get(0);
		RankingNotice.Row last = rows.get(rows.size() - 1);
		String firstPoints = RankingNotices.points(first.score().score());
		String lastPoints = RankingNotices.points(last.score().score());
		return english ? "First: " + first.name() + " (" + firstPoints + " points); last: " + last.name() + " ("
				+ lastPoints + " points)."
				: "第一名:" + first.name() + "(" + firstPoints + "分);末位:" + last.name() + "(" + lastPoints + "分)。";
	}

	private static String periodZh(Period period) {
		return switch (period.kind()) {
			case YEAR -> period.start().getYear() + "年度";
			case MONTH -> period.start().getYear() + "年" + period.start().getMonthValue() + "月";
			case WEEK -> period.label().substring(0, 4) + "年第" + Integer.parseInt(period.label().substring(6))
					+ "周";
			case DAY -> period.start().getYear() + "年" + period.start().getMonthValue() + "月"
					+ period.start().getDayOfMonth() + "日";
		};
	}

	private static String periodEn(Period period) {
		return switch (period.kind()) {
			case YEAR -> "year " + period.start().getYear();
			case MONTH -> period.label();
			case WEEK -> "week " + Integer.parseInt(period.label().substring(6)) + " of "
					+ period.label().substring(0, 4);
			case DAY -> period.start().toString();
		};
	}

	private static String subjectZh(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> "职能部门";
			case GRID -> "网格";
			case CHANNEL -> "受理渠道";
			case WORKER -> "网格员";
			case OPERATOR -> "受理派遣人员";
		};
	}

	private static String subjectEn(ObjectType type) {
		return switch (type) {
			case DEPARTMENT -> "departments";
			case GRID -> "grids";
			case CHANNEL -> "intake channels";
			case WORKER -> "grid workers";
			case OPERATOR -> "intake and dispatch staff";
		};
	}
}
