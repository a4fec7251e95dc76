package org.onegrid.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ranking notices (排名通报) of the monthly and yearly assessment: a printable page, or the same ranking as CSV.
 * Like the scores, a notice holds every department and the grids within the reader's own.
 */
@Tag(name = "Assessment", description = "考核 / Monthly indicators, scores, rankings and the monthly close")
@RestController
@RequestMapping("/api/v1/assessment/notices")
class RankingNoticeController {

	private final RankingNotices notices;

	private final LevelRankings levels;

	private final Authorization authorization;

	RankingNoticeController(RankingNotices notices, LevelRankings levels, Authorization authorization) {
		this.notices = notices;
		this.levels = levels;
		this.authorization = authorization;
	}

	@Operation(summary = "A period's ranking notice (排名通报) of one object type, or of one level of grids "
			+ "(level=镇), as a printable page, or as CSV with format=csv, in Chinese or in English (lang=en, or an English "
			+ "Accept-Language), each object by its name; a closed month's is as published, "
			+ "an open month's is marked provisional")
	@GetMapping
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	void notice(@RequestParam(required = false) String period, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String level, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang,
			@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			HttpServletResponse response) throws IOException {
		List<Violation> violations = new ArrayList<>();
		Period parsed = AssessmentController.period(period, violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Integer parsedLevel = AssessmentController.level(level, type, levels, violations);
		boolean csv = csv(format, violations);
		boolean english = MonthReportController.english(lang, acceptLanguage, violations);
		Fields.failIfAny(violations);
		RankingNotice notice = notices.notice(parsed, type, parsedLevel, authorization.current(), english);
		String body = csv ? RankingNoticeDocuments.csv(notice) : RankingNoticeDocuments.html(notice);
		response.setContentType(csv ? "text/csv;charset=UTF-8" : "text/html;charset=UTF-8");
		if (csv) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ranking-" + notice.period()
					+ "-" + type.name().toLowerCase(Locale.ROOT) + (parsedLevel == null ? "" : "-level" + parsedLevel)
					+ ".csv\"");
		}
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean csv(String format, List<Violation> violations) {
		if (format == null || format.isBlank()) {
			return false;
		}
		String value = format.strip().toLowerCase(Locale.ROOT);
		if (!value.equals("html") && !value.equals("csv")) {
			violations.add(new Violation("format", "ONE_OF",
					"格式应为 html 或 csv / format must be html or csv, not '" + format + "'"));
		}
		return value.equals("csv");
	}
}
