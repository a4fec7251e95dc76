package org.onegrid.cases;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onegrid.access.Grant;
import org.springframework.stereotype.Service;

/**
 * Exports search results as CSV (UTF-8, RFC 4180) for spreadsheets: the same filters and the same scope as the
 * search, at most {@value #MAX_ROWS} rows, newest first.
 */
@Service
public class CaseExport {

	static final int MAX_ROWS = 10_000;

	private static final int PAGE = 200;

	private final CaseSearch search;

	CaseExport(CaseSearch search) {
		this.search = search;
	}

	public String csv(CaseQuery q, Grant grant) {
		StringBuilder out = new StringBuilder("id,caseNo,state,kind,minorCode,channel,urgency,tier,light,deadline,"
				+ "handlingGrid,leadDepartment,reportedAt,closedAt,description\r\n");
		for (int page = 0; page * PAGE < MAX_ROWS; page++) {
			CasePage result = search.search(new CaseQuery(q.states(), q.kind(), q.category(), q.layer(), q.grid(),
					q.department(), q.channel(), q.urgency(), q.light(), q.from(), q.to(), q.open(), page, PAGE), grant);
			result.items().forEach(item -> out.append(row(item)).append("\r\n"));
			if ((long) (page + 1) * PAGE >= result.total()) {
				break;
			}
		}
		return out.toString();
	}

	private static String row(CaseSummary c) {
		return Stream.of(c.id(), c.caseNo(), c.state(), c.kind(), c.minorCode(), c.channel(), c.urgency(), c.tier(),
				c.light(), c.deadline(), c.handlingGrid(), c.leadDepartment(), c.reportedAt(), c.closedAt(),
				c.description())
			.map(CaseExport::cell)
			.collect(Collectors.joining(","));
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")) {
			text = "'" + text;
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
