package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ranking notice as a printable HTML page (in the notice's language) or as CSV (UTF-8 with a byte-order mark, CRLF, for Excel), with
 * the same rows in the same order.
 */
final class RankingNoticeDocuments {

	private RankingNoticeDocuments() {
	}

	static String html(RankingNotice notice) {
		StringBuilder page = new StringBuilder();
		page.append("<!DOCTYPE html>\n<html lang=\"").append(notice.words().english() ? "en" : "zh-CN")
			.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(escape(notice.title()))
			.append("</title>\n<style>body{font-family:serif;margin:2em}h1{text-align:center;font-size:1.5em}")
			.append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;padding:4px 8px;")
			.append("text-align:center}.provisional{color:#b00}@media print{.status{color:#000}}</style>\n")
			.append("</head>\n<body>\n<h1>")
			.append(escape(notice.title()))
			.append("</h1>\n<p class=\"status")
			.append(notice.provisional() ? " provisional" : "")
			.append("\" data-provisional=\"")
			.append(notice.provisional())
			.append("\">")
			.append(escape(notice.status()))
			.append("</p>\n<table>\n<thead><tr>");
		notice.words().header().forEach(title -> page.append("<th>").append(title).append("</th>"));
		page.append("</tr></thead>\n<tbody>\n");
		for (RankingNotice.Row row : notice.rows()) {
			page.append("<tr data-object=\"").append(escape(row.score().object())).append("\">");
			cells(row).forEach(cell -> page.append("<td>").append(escape(cell)).append("</td>"));
			page.append("</tr>\n");
		}
		page.append("</tbody>\n</table>\n<p class=\"summary\">")
			.append(escape(notice.summary()))
			.append("</p>\n</body>\n</html>\n");
		return page.toString();
	}

	static String csv(RankingNotice notice) {
		StringBuilder file = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>(notice.words().csvLead());
		header.addAll(notice.words().header());
		file.append(line(header));
		String status = notice.words().csvStatus(notice.revision(), notice.provisional());
		for (RankingNotice.Row row : notice.rows()) {
			List<String> cells = new ArrayList<>(List.of(notice.period(), status));
			cells.addAll(cells(row));
			file.append(line(cells));
		}
		return file.toString();
	}

	private static List<String> cells(RankingNotice.Row row) {
		Score score = row.score();
		return List.of(Integer.toString(score.rank()), score.object(), row.name(),
				RankingNotices.points(score.score()), score.grade() == null ? "" : score.grade(),
				signed(score.change()), signed(score.yearOnYear()));
	}

	private static String signed(BigDecimal change) {
		if (change == null) {
			return "";
		}
		String text = change.stripTrailingZeros().toPlainString();
		return change.signum() > 0 ? "+" + text : text;
	}

	private static String line(List<String> cells) {
		return cells.stream().map(RankingNoticeDocuments::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/** A CSV cell, quoted where needed; text (not a number) a spreadsheet would run as a formula is made plain. */
	private static String cell(String text) {
		String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?\\d+(\\.\\d+)?")
				? "'" + text : text;
		return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}
}
