package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Changes to the calendar that must be refused, field by field and with nothing changed: malformed schedules and
 * exceptions, and callers without {@code calendar:manage}.
 */
@IntegrationTest
class CalendarBadInputIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	Schedules schedules;

	@Test
	void refusesBadSchedulesAndExceptionsFieldByFieldAndChangesNothing() {
		String yearsBefore = api.get("/api/v1/calendar/years").body().toString();
		long revision = schedules.revision();

		assertThat(errors(api.put("/api/v1/calendar/years/2027", """
				{"year":2028,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":"true"},
				 {"name":"元旦","date":"2027-01-01","isOffDay":true},
				 {"name":"","date":"2029-01-01","isOffDay":true}]}"""),
				400)).containsExactlyInAnyOrder("year:YEAR_MISMATCH", "days[0].isOffDay:NOT_BOOLEAN",
						"days[2].name:REQUIRED", "days[2].date:OUTSIDE_YEAR");
		assertThat(errors(api.put("/api/v1/calendar/years/2027",
				"{\"year\":2027,\"offDays\":[\"2027-01-01\"],\"workDays\":[\"2027-01-01\", true]}"), 400))
			.containsExactly("workDays[0]:DUPLICATE", "workDays[1]:NOT_STRING");
		assertThat(errors(api.put("/api/v1/calendar/years/2027", "2027-01-01 off 元旦\n2027-13-01 off\n休息\n",
				MediaType.TEXT_PLAIN), 400)).containsExactly("lines[2]:INVALID_DATE", "lines[3]:INVALID_LINE");
		assertThat(errors(api.put("/api/v1/calendar/years/2027", "{\"year\":2027,\"days\":[]}"), 400))
			.containsExactly("days:EMPTY");
		assertThat(errors(api.put("/api/v1/calendar/years/1999", "{\"year\":1999,\"days\":[]}"), 400))
			.containsExactly("year:OUT_OF_RANGE");
		assertThat(errors(api.put("/api/v1/calendar/years/next", "{}"), 400)).containsExactly("year:INVALID_FORMAT");
		assertThat(errors(api.put("/api/v1/calendar/years/2027", "{\"year\":2027,"), 400))
			.containsExactly("body:UNREADABLE");
		assertThat(api.put("/api/v1/calendar/years/2027", "<xml/>", MediaType.APPLICATION_XML).status())
			.isEqualTo(415);

		assertThat(errors(api.put("/api/v1/calendar/exceptions/2026-07-14",
				"{\"workingDay\":\"no\",\"colour\":\"red\"}"), 400))
			.containsExactlyInAnyOrder("workingDay:NOT_BOOLEAN", "name:REQUIRED", "colour:UNKNOWN_FIELD");
		assertThat(errors(api.put("/api/v1/calendar/exceptions/1999-07-14",
				"{\"workingDay\":false,\"name\":\"x\"}"), 400)).containsExactly("date:OUT_OF_RANGE");
		assertThat(errors(api.put("/api/v1/calendar/exceptions/2026-02-30",
				"{\"workingDay\":false,\"name\":\"x\"}"), 400)).containsExactly("date:INVALID_FORMAT");
		assertThat(errors(api.put("/api/v1/calendar/exceptions/2026-07-14", "[]"), 400))
			.containsExactly("body:NOT_OBJECT");
		assertThat(errors(api.delete("/api/v1/calendar/exceptions/2026-07-15"), 404)).isEmpty();

		assertThat(schedules.revision()).isEqualTo(revision);
		assertThat(api.get("/api/v1/calendar/years").body().toString()).isEqualTo(yearsBefore);
		assertThat(api.get("/api/v1/calendar/exceptions").body()).isEmpty();
	}

	@Test
	void letsEverySignedInCallerReadButOnlyCalendarManagersChange() {
		Response created = api.post("/api/v1/accounts", """
				{"username":"calendar-reader","displayName":"日历读者","password":"session-password",
				 "roles":["dispatcher"]}""");
		assertThat(created.status()).as(created.body().toString()).isIn(200, 201, 409);
		TestApi dispatcher = api.as("calendar-reader", "session-password");
		assertThat(dispatcher.get("/api/v1/calendar/years").status()).isEqualTo(200);
		assertThat(dispatcher.get("/api/v1/calendar/status").status()).isEqualTo(200);
		assertThat(dispatcher.put("/api/v1/calendar/years/2027", CalendarMaintenanceIntegrationTests.HOLIDAY_CN_2027)
			.status()).isEqualTo(403);
		assertThat(dispatcher.put("/api/v1/calendar/exceptions/2026-07-14", "{\"workingDay\":false,\"name\":\"x\"}")
			.status()).isEqualTo(403);
		assertThat(dispatcher.delete("/api/v1/calendar/years/2027").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/calendar/years").status()).isEqualTo(401);

		List<String> adminPermissions = new ArrayList<>();
		api.get("/api/v1/roles/admin").body().path("permissions").forEach(p -> adminPermissions.add(p.asString()));
		assertThat(adminPermissions).contains("calendar:manage");
		assertThat(api.get("/api/v1/permissions").body().toString()).contains("calendar:manage");
	}

	private static List<String> errors(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> errors = new ArrayList<>();
		response.body().path("errors").forEach(e -> errors.add(e.path("field").asString() + ":" + e.path("code")
			.asString()));
		return errors;
	}
}
