package org.onegrid.analysis;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Analysis")
@RestController
@RequestMapping("/api/v1/analysis")
class AnalysisController {

	private final WarningDesk desk;

	private final ForecastDesk forecasts;

	private final OutlookDesk outlooks;

	private final Authorization authorization;

	AnalysisController(WarningDesk desk, ForecastDesk forecasts, OutlookDesk outlooks, Authorization authorization) {
		this.desk = desk;
		this.forecasts = forecasts;
		this.outlooks = outlooks;
		this.authorization = authorization;
	}

	@Operation(summary = "The newest warnings whose cases are all within the reader's scope")
	@GetMapping("/warnings")
	@Allow(value = "analysis:read", scope = AccessScope.FILTERED)
	List<Warning> warnings() {
		return desk.visible(authorization.current());
	}

	@Operation(summary = "One warning with its cases")
	@GetMapping("/warnings/{id}")
	@Allow(value = "analysis:read", scope = AccessScope.FILTERED)
	Warning warning(@PathVariable long id) {
		return desk.get(id, authorization.current());
	}

	@Operation(summary = "Supervise (督办) every open case of the warning, and record that the warning was acted on")
	@PostMapping("/warnings/{id}/supervision")
	@Allow(value = "case:supervise", scope = AccessScope.FILTERED, audit = AuditClass.CASE)
	Supervised supervise(@PathVariable long id, @RequestBody SupervisionRequest request) {
		return new Supervised(id, desk.supervise(id, request, authorization.current()));
	}

	@Operation(summary = "Cases reported per day ahead for a category and an area, with its history and how it did "
			+ "against seasonal-naive on the last four weeks")
	@GetMapping("/forecast")
	@Allow(value = "analysis:read", scope = AccessScope.FILTERED)
	Forecast forecast(@RequestParam(required = false) String layer, @RequestParam(required = false) String grid,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer days) {
		return forecasts.forecast(layer, grid, category, days, authorization.current());
	}

	@Operation(summary = "The medium- and long-term outlook (中长期研判): cases reported month by month, the months and "
			+ "years ahead, and the course of satisfaction at the callback (民意走向) with whether it is turning")
	@GetMapping("/outlook")
	@Allow(value = "analysis:read", scope = AccessScope.FILTERED)
	Outlook outlook(@RequestParam(required = false) String layer, @RequestParam(required = false) String grid,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer months) {
		return outlooks.outlook(layer, grid, category, months, authorization.current());
	}

	/** The cases a warning's supervision reached. */
	record Supervised(long warningId, List<Long> caseIds) {
	}
}
