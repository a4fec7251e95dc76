package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.Grant;
import org.onegrid.access.SignIn;
import org.onegrid.cases.CaseSearch;
import org.onegrid.cases.CaseView;
import org.onegrid.cases.TimelineEntry;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * mySociety's service request updates, posted by a citizen's front end: the note lands on the case's timeline without
 * moving the case, a resent update is stored once, and every bad form is the spec's error.
 */
@IntegrationTest
class Open311UpdateSubmissionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	ApiTokenIssuer tokens;

	@Autowired
	CaseSearch search;

	Open311Documents open311;

	@BeforeEach
	void prepare() {
		Open311Clients.prepare(api, accounts, signIn, tokens);
		open311 = new Open311Documents(mvc);
	}

	@Test
	void addsTheReportersNoteToTheTimelineWithoutMovingTheCaseAndStoresAResentUpdateOnce() {
		String number = submit();
		CaseView before = view(number);
		Answer first = open311.perform(update(number, "fms-7", "CLOSED", "已经修好了 / It is fixed now", "json")
			.param("updated_datetime", "2026-12-04T10:00:00+08:00")
			.param("media_url", "https://photos.example.org/7.jpg"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		String updateId = first.json().path(0).path("update_id").asString();

		Answer again = open311.perform(update(number, "fms-7", "CLOSED", "已经修好了 / It is fixed now", "xml"));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.count("/service_request_updates/request_update[update_id='" + updateId + "']")).isEqualTo(1);

		CaseView after = view(number);
		assertThat(after.state()).isEqualTo(before.state());
		List<TimelineEntry> notes = after.timeline().stream().filter(e -> "follow-up".equals(e.action())).toList();
		assertThat(notes).hasSize(1);
		TimelineEntry note = notes.get(0);
		assertThat(updateId).isEqualTo(number + "-" + note.seq());
		assertThat(note.note()).isEqualTo("已经修好了 / It is fixed now");
		assertThat(note.attachments()).containsExactly("https://photos.example.org/7.jpg");
		assertThat(note.details()).containsAllEntriesOf(
				Map.of("source", "open311", "sourceId", "fms-7", "claimedStatus", "CLOSED"));
		assertThat(note.from()).isEqualTo(note.to());

		Answer other = open311.perform(update(number, "fms-8", "OPEN", "又坏了 / Broken again", "json"));
		assertThat(other.json().path(0).path("update_id").asString()).isNotEqualTo(updateId);
		assertThat(view(number).timeline()).filteredOn(e -> "follow-up".equals(e.action())).hasSize(2);
	}

	@Test
	void refusesBadFormsAsTheSpecSaysAndStoresNothing() {
		String number = submit();
		int entries = view(number).timeline().size();
		assertRefused(400, update(number, "a", "MAYBE", "x", "json"));
		assertRefused(400, update(number, "b", "OPEN", "长".repeat(2001), "json"));
		assertRefused(400, update(number, "c", "OPEN", "x", "json").param("media_url", "ftp://files/x"));
		assertRefused(400, update(number, "d", "OPEN", "x", "json").param("updated_datetime", "yesterday"));
		assertRefused(400, form("json").param("api_key", Open311Clients.reportingKey()).param("status", "OPEN")
			.param("description", "no id"));
		assertRefused(403, form("json").param("api_key", "nonsense").param("service_request_id", number)
			.param("status", "OPEN").param("description", "x"));
		assertRefused(403, form("json").param("api_key", Open311Clients.readOnlyKey())
			.param("service_request_id", number).param("status", "OPEN").param("description", "x"));
		assertRefused(404, update("20260101-999999", "e", "OPEN", "x", "json"));
		assertRefused(404, update("not-a-number", "f", "OPEN", "x", "xml"));
		assertThat(view(number).timeline()).hasSize(entries);
	}

	private void assertRefused(int status, MockHttpServletRequestBuilder request) {
		Answer answer = open311.perform(request);
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.body()).contains("description");
	}

	private MockHttpServletRequestBuilder update(String number, String updateId, String status, String text,
			String format) {
		return form(format).param("api_key", Open311Clients.reportingKey())
			.param("service_request_id", number)
			.param("update_id", updateId)
			.param("status", status)
			.param("description", text)
			.param("first_name", "Ming")
			.param("email", "ming@example.org");
	}

	private static MockHttpServletRequestBuilder form(String format) {
		return post("/open311/v2/servicerequestupdates." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

	private CaseView view(String number) {
		return search.byNumber(number, Grant.system("test")).orElseThrow();
	}

	private String submit() {
		return open311.submitRequest("跟进测试 / Follow-ups");
	}
}
