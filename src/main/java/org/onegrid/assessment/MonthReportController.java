package org.onegrid.assessment;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The monthly report (月度通报) as downloads: CSV per object type and an Excel workbook of every type, in Chinese by
 * default or in English ({@code lang=en}, or an English {@code Accept-Language}). Like the indicators, they hold
 * every department and the grids within the reader's own.
 */
@Tag(name = "Assessment", description = "考核 / Monthly indicators, scores, rankings and the monthly close")
@RestController
@RequestMapping("/api/v1/assessment/months/{month}")
class MonthReportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MonthReportExport export;

	private final Authorization authorization;

	MonthReportController(MonthReportExport export, Authorization authorization) {
		this.export = export;
		this.authorization = authorization;
	}

	@Operation(summary = "The month's indicators of every department or grid as CSV (UTF-8 with BOM, for Excel)")
	@GetMapping(value = "/report.csv", produces = "text/csv")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	void csv(@PathVariable String month, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String lang,
			@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			HttpServletResponse response) throws IOException {
		List<Violation> violations = new ArrayList<>();
		YearMonth parsed = AssessmentController.month(month, "month", violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		boolean english = english(lang, acceptLanguage, violations);
		Fields.failIfAny(violations);
		download(export.csv(parsed, type, english, authorization.current()), "text/csv;charset=UTF-8",
				"assessment-" + parsed + "-" + type.name().toLowerCase(Locale.ROOT) + ".csv", response);
	}

	@Operation(summary = "The month's indicators as an Excel workbook, one sheet per object type, streamed")
	@GetMapping(value = "/report.xlsx",
			produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	void xlsx(@PathVariable String month, @RequestParam(required = false) String lang,
			@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			HttpServletResponse response) throws IOException {
		List<Violation> violations = new ArrayList<>();
		YearMonth parsed = AssessmentController.month(month, "month", violations);
		boolean english = english(lang, acceptLanguage, violations);
		Fields.failIfAny(violations);
		download(export.xlsx(parsed, english, authorization.current()), XLSX, "assessment-" + parsed + ".xlsx",
				response);
	}

	/**
	 * Writes the file straight into the response as it is produced: a month's report is read from the rollups before
	 * the first byte, and is small, so it is never held in memory whole nor holds the request thread for long.
	 */
	private static void download(StreamingResponseBody body, String type, String filename,
			HttpServletResponse response) throws IOException {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
		body.writeTo(response.getOutputStream());
	}

	/** English when asked for by {@code lang}, or else when English is the first language the client accepts. */
	static boolean english(String lang, String acceptLanguage, List<Violation> violations) {
		if (lang != null && !lang.isBlank()) {
			String value = lang.strip().toLowerCase(Locale.ROOT);
			if (!value.equals("zh") && !value.equals("en")) {
				violations.add(new Violation("lang", "ONE_OF", "语言应为 zh 或 en / lang must be zh or en, not '"
						+ lang + "'"));
			}
			return value.equals("en");
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return false;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("en");
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
