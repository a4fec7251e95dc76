package org.onegrid.cases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onegrid.access.Grant;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports search results as CSV (UTF-8, RFC 4180) for spreadsheets: the same filters and the same scope as the
 * search, at most {@value #MAX_ROWS} rows, newest first. The rows are written as they are read, page after page
 * along the search's cursor, so a large export holds neither the whole file in memory nor a request thread.
 */
@Service
public class CaseExport {

	static final int MAX_ROWS = 100_000;

	private static final int PAGE = 200;

	private static final String HEADER = "id,caseNo,state,kind,minorCode,channel,urgency,tier,light,deadline,"
			+ "handlingGrid,leadDepartment,reportedAt,closedAt,description\r\n";

	private final CaseSearch search;

	CaseExport(CaseSearch search) {
		this.search = search;
	}

	/** The export; the filters are checked (400) and the first page read before anything is sent. */
	public StreamingResponseBody csv(CaseQuery q, Grant grant) {
		CasePage first = search.pageWithoutTotal(q.pageAfter(PAGE, null), grant);
		return out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write(HEADER);
			int rows = 0;
			for (CasePage page = first; page != null; page = page.next() == null || rows >= MAX_ROWS ? null
					: search.pageWithoutTotal(q.pageAfter(PAGE, page.next()), grant)) {
				rows += write(writer, page, MAX_ROWS - rows);
			}
			writer.flush();
		};
	}

	private static int write(Writer writer, CasePage page, int room) throws IOException {
		int written = 0;
		for (CaseSummary item : page.items()) {
			if (written == room) {
				break;
			}
			writer.write(row(item));
			writer.write("\r\n");
			written++;
		}
		return written;
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
