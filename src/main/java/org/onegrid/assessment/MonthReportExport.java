package org.onegrid.assessment;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.onegrid.access.Grant;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The monthly report (月度通报) as files for spreadsheets: the month's indicators, as published if the month was
 * closed, otherwise live, exactly as the JSON indicators give them. The CSV is UTF-8 with a byte-order mark so that
 * Excel reads the Chinese correctly; the workbook has one sheet per object type and is written row by row with a
 * streaming writer. Times are in the district's zone. The figures are read before anything is sent, so that a
 * failure answers with a problem, not a truncated file. Each object is given by its code and by the name a reader
 * of the notice knows it by (a department's or grid's name, an account holder's name).
 */
@Service
public class MonthReportExport {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int ROWS_IN_MEMORY = 100;

	private final Assessment assessment;

	private final NoticeNames names;

	private final ZoneId zone;

	MonthReportExport(Assessment assessment, NoticeNames names, WorkingCalendar calendar) {
		this.assessment = assessment;
		this.names = names;
		this.zone = calendar.zone();
	}

	/** The month's indicators of one object type that the reader may see, as CSV (RFC 4180, UTF-8 with BOM, CRLF). */
	public StreamingResponseBody csv(YearMonth month, ObjectType type, boolean english, Grant reader) {
		PeriodFigures figures = assessment.indicators(Period.month(month), type, reader);
		ReportLabels labels = new ReportLabels(english);
		return out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write('\uFEFF');
			writer.write(line(labels.header(type, zone.getId())));
			for (List<Object> row : rows(figures, labels, english)) {
				writer.write(line(row));
			}
			writer.flush();
		};
	}

	/** The month's indicators of every object type as an Excel workbook, one sheet per type. */
	public StreamingResponseBody xlsx(YearMonth month, boolean english, Grant reader) {
		ReportLabels labels = new ReportLabels(english);
		List<PeriodFigures> all = new ArrayList<>();
		for (ObjectType type : ObjectType.values()) {
			all.add(assessment.indicators(Period.month(month), type, reader));
		}
		return out -> {
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
				for (PeriodFigures figures : all) {
					Sheet sheet = workbook.createSheet(labels.sheet(figures.objectType()));
					write(sheet.createRow(0), new ArrayList<>(labels.header(figures.objectType(), zone.getId())));
					int index = 1;
					for (List<Object> row : rows(figures, labels, english)) {
						write(sheet.createRow(index++), row);
					}
				}
				workbook.write(out);
			}
		};
	}

	/** Each object's row: the month, revision and as-of time, the object's code and name, then its figures. */
	private List<List<Object>> rows(PeriodFigures figures, ReportLabels labels, boolean english) {
		List<List<Object>> rows = new ArrayList<>();
		Object revision = figures.revision() == null ? labels.live() : figures.revision();
		Map<String, String> named = names.of(figures.objectType(), english);
		for (Figures f : figures.rows()) {
			List<Object> row = new ArrayList<>(List.of(figures.period(), revision, local(figures.asOf()), f.object(),
					named.getOrDefault(f.object(), f.object())));
			for (String indicator : ReportLabels.indicators(figures.objectType())) {
				row.add(f.values().get(indicator));
			}
			rows.add(row);
		}
		return rows;
	}

	private String local(Instant instant) {
		return LOCAL.format(instant.atZone(zone));
	}

	private static void write(Row row, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value instanceof BigDecimal number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (value instanceof Integer number) {
				row.createCell(i).setCellValue(number);
			}
			else if (value != null) {
				row.createCell(i).setCellValue(value.toString());
			}
		}
	}

	private static String line(List<?> cells) {
		return cells.stream().map(MonthReportExport::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/** A CSV cell, quoted where needed; text that a spreadsheet would run as a formula is made plain. */
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
