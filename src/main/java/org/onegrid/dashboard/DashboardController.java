package org.onegrid.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@Tag(name = "Dashboard", description = "一屏观天下: the command centre's figures and live case feed")
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

	private final Overview overview;

	private final FeedStreams streams;

	private final Authorization authorization;

	DashboardController(Overview overview, FeedStreams streams, Authorization authorization) {
		this.overview = overview;
		this.streams = streams;
		this.authorization = authorization;
	}

	@Operation(summary = "Today's intake by channel, open and overdue cases by street, top categories, this month's "
			+ "on-time rate and the workers on patrol now, within the caller's data scope")
	@GetMapping("/figures")
	@Allow(value = "dashboard:read", scope = AccessScope.FILTERED)
	OverviewFigures figures() {
		return overview.of(authorization.current());
	}

	@Operation(summary = "Server-Sent Events: cases reported, gone overdue or escalated, within the caller's data "
			+ "scope; resumes after Last-Event-ID (or `after`)")
	@GetMapping(path = "/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Allow(value = "dashboard:read", scope = AccessScope.FILTERED)
	SseEmitter feed(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) Long after) {
		return streams.open(authorization.current(), after != null ? after : parse(lastEventId));
	}

	/** A Last-Event-ID this feed did not give is treated as none, so that the screen starts afresh. */
	private static Long parse(String lastEventId) {
		if (lastEventId == null || !lastEventId.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.parseLong(lastEventId.strip());
	}
}
