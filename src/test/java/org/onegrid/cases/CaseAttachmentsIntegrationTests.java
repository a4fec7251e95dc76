package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;
import static org.onegrid.cases.CaseFixtures.strings;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.SignIn;
import org.onegrid.attachment.AttachmentCalls;
import org.onegrid.attachment.TestPhotos;
import org.onegrid.attachment.UnusedUploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Case steps that carry uploaded files: a report, feedback or check may refer only to files its caller uploaded or
 * may already see through a case, and is refused field by field otherwise with nothing stored; once a step refers
 * to a file, whoever may see the case may see the file, and nobody else.
 */
@IntegrationTest
class CaseAttachmentsIntegrationTests {

	private static final String PASSWORD = "case-attachment-password";

	private static final String HANDLER = "handler-municipal-works";

	private static volatile boolean created;

	@Autowired
	TestApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	SignIn signIn;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	UnusedUploads unusedUploads;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		if (!created) {
			account("cat-worker", "full-time-worker");
			account("cat-other", "full-time-worker");
			created = true;
		}
	}

	@Test
	void refusesAReportReferringToAnUnknownOrSomeoneElsesFileFieldByFieldAndStoresNothing() {
		String foreign = files("cat-other").uploaded("other.png", "image/png", TestPhotos.encoded("png"));
		String requestId = UUID.randomUUID().toString();
		String report = patrolReport(requestId, "\"/api/v1/attachments/" + UUID.randomUUID() + "\"",
				"\"photo://legacy-1\"", "\"" + foreign + "\"", "\"/api/v1/attachments/not-an-id\"");

		Response refused = api.as("cat-worker", PASSWORD).post("/api/v1/cases", report);

		assertThat(errors(refused, 400)).containsExactly("attachments[0]:UNKNOWN_ATTACHMENT",
				"attachments[2]:UNKNOWN_ATTACHMENT", "attachments[3]:UNKNOWN_ATTACHMENT");
		assertThat(jdbc.sql("SELECT count(*) FROM case_report WHERE request_id = ?").param(requestId)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM attachment_use WHERE attachment_id = ?::uuid")
			.param(idOf(foreign)).query(Long.class).single()).isZero();
	}

	@Test
	void showsACasesFilesToWhoeverMaySeeTheCaseAndLetsThemReferToThem() {
		String photo = files("cat-worker").uploaded("pothole.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
		Response reported = api.as("cat-worker", PASSWORD).post("/api/v1/cases",
				patrolReport(UUID.randomUUID().toString(), "\"" + photo + "\""));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		long id = reported.body().path("id").asLong();
		assertThat(strings(reported.body().path("attachments"), null)).containsExactly(photo);
		assertThat(files(HANDLER).download(photo).status()).as("before dispatch").isEqualTo(404);

		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		cases.ok(id, "dispatch", "");
		TestApi handler = api.as(HANDLER, TestStaff.PASSWORD);
		assertThat(handler.post("/api/v1/cases/" + id + "/actions/sign", "{}").status()).isEqualTo(200);

		assertThat(files(HANDLER).download(photo).status()).as("after dispatch").isEqualTo(200);
		assertThat(files("cat-other").download(photo).status()).isEqualTo(404);

		String after = files(HANDLER).uploaded("fixed.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
		int version = cases.get(id).path("version").asInt();
		Response unknown = handler.post("/api/v1/cases/" + id + "/actions/feedback", feedback(photo,
				"/api/v1/attachments/" + UUID.randomUUID(), after));
		assertThat(errors(unknown, 400)).containsExactly("attachments[1]:UNKNOWN_ATTACHMENT");
		assertThat(cases.get(id).path("version").asInt()).isEqualTo(version);
		assertThat(files("cat-worker").download(after).status()).as("not yet on the case").isEqualTo(404);

		Response fed = handler.post("/api/v1/cases/" + id + "/actions/feedback", feedback(photo, after));
		assertThat(fed.status()).as(fed.body().toString()).isEqualTo(200);
		JsonNode last = last(fed.body().path("timeline"));
		assertThat(strings(last.path("attachments"), null)).containsExactly(photo, after);
		assertThat(files("cat-worker").download(after).status()).as("the reporter sees the feedback").isEqualTo(200);
		assertThat(files("cat-other").download(after).status()).isEqualTo(404);
	}

	@Test
	void refusesACheckReferringToAFileItsCallerMayNotSeeEvenWhenTheCallerSeesEveryCase() {
		long id = cases.handling("");
		String foreign = files("cat-other").uploaded("elsewhere.png", "image/png", TestPhotos.encoded("png"));
		cases.ok(id, "feedback", "\"note\":\"已修复 / Fixed\"");
		int version = cases.get(id).path("version").asInt();

		Response refused = api.post("/api/v1/cases/" + id + "/actions/check",
				"{\"passed\":true,\"attachments\":[\"" + foreign + "\"]}");

		assertThat(errors(refused, 400)).containsExactly("attachments[0]:UNKNOWN_ATTACHMENT");
		assertThat(cases.get(id).path("version").asInt()).isEqualTo(version);
		assertThat(cases.get(id).path("state").asString()).isEqualTo("HANDLED");
	}

	@Test
	void removesUploadsNoCaseUsedOnceTheyAreOldAndKeepsTheRest() {
		String used = files("cat-worker").uploaded("used.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
		assertThat(api.as("cat-worker", PASSWORD).post("/api/v1/cases",
				patrolReport(UUID.randomUUID().toString(), "\"" + used + "\"")).status()).isEqualTo(201);
		String abandoned = files("cat-worker").uploaded("abandoned.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
		try {
			clock.advance(Duration.ofDays(6));
			String recent = files("cat-worker").uploaded("recent.jpg", "image/jpeg", TestPhotos.encoded("jpg"));
			assertThat(unusedUploads.sweep()).as("nothing is a week old yet").isZero();
			clock.advance(Duration.ofDays(2));

			assertThat(unusedUploads.sweep()).isPositive();

			assertThat(files("cat-worker").download(abandoned).status()).isEqualTo(404);
			assertThat(jdbc.sql("SELECT count(*) FROM attachment WHERE id = ?::uuid").param(idOf(abandoned))
				.query(Long.class).single()).isZero();
			assertThat(files("cat-worker").download(used).status()).isEqualTo(200);
			assertThat(files("cat-worker").download(recent).status()).isEqualTo(200);
			assertThat(unusedUploads.sweep()).as("a second sweep finds nothing more").isZero();
		}
		finally {
			clock.reset();
		}
	}

	private static String patrolReport(String requestId, String... attachments) {
		return reportOf("PATROL", "COMPONENT", "0201", LON, LAT, "\"requestId\":\"" + requestId
				+ "\",\"attachments\":[" + String.join(",", attachments) + "]");
	}

	private static String feedback(String... attachments) {
		return "{\"note\":\"已修复 / Fixed\",\"attachments\":[\"" + String.join("\",\"", attachments) + "\"]}";
	}

	private static JsonNode last(JsonNode array) {
		return array.get(array.size() - 1);
	}

	private static String idOf(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private AttachmentCalls files(String username) {
		return AttachmentCalls.as(mvc, signIn, username, username.equals(HANDLER) ? TestStaff.PASSWORD : PASSWORD);
	}

	private void account(String username, String role) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), null, true),
				"test", false);
	}
}
