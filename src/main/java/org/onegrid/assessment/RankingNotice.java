package org.onegrid.assessment;

import java.util.List;

/**
 * A ranking notice (排名通报): one period's ranking of one object type, or of one level of grids, as the district
 * publishes it.
 *
 * @param title the notice's title, such as {@code 2026年11月镇网格化工作考核排名通报}
 * @param provisional whether the ranking may still change: a month not yet closed, or a period not yet over
 * @param status a line saying where the ranking comes from: the published revision, or live figures as of when
 * @param rows the ranked objects, best first
 * @param summary a line naming the first and the last
 * @param words the language it is written in
 */
record RankingNotice(String period, ObjectType objectType, String level, String title, Integer revision,
		boolean provisional, String status, List<Row> rows, String summary, NoticeWords words) {

	/** One ranked object, with its display name (a department's or grid's name, or the code where there is none). */
	record Row(Score score, String name) {
	}

	RankingNotice {
		rows = List.copyOf(rows);
	}
}
