package org.onegrid.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.access.AccountDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators add, change and remove subscribers; a bad request is refused field by field with nothing stored,
 * and a secret is shown once.
 */
@IntegrationTest
class WebhookSubscriberIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	private WebhookFixtures fixtures;

	@BeforeEach
	void district() {
		fixtures = new WebhookFixtures(api);
	}

	@AfterEach
	void removeSubscribers() {
		fixtures.removeSubscribers();
	}

	@Test
	void refusesABadSubscriberFieldByFieldAndStoresNothing() {
		int before = api.get("/api/v1/webhooks").body().size();

		Response response = api.post("/api/v1/webhooks", """
				{"url":"ftp://example.org/hook","secret":"short","eventTypes":["case.closed","case.nope"],
				 "grids":[{"layer":"whk","grid":"WC1"},{"layer":"whk","grid":"NOPE"},{"layer":"whk"}]}
				""");

		assertThat(errors(response, 400)).containsExactlyInAnyOrder("url:SCHEME", "secret:SIZE",
				"eventTypes[1]:UNKNOWN", "grids[1].grid:UNKNOWN", "grids[2]:REQUIRED");
		assertThat(errors(api.post("/api/v1/webhooks", "{}"), 400)).containsExactlyInAnyOrder("url:REQUIRED",
				"eventTypes:REQUIRED");
		assertThat(errors(api.post("/api/v1/webhooks", """
				{"url":"https://user:pw@example.org/hook","eventTypes":["case.closed"]}"""), 400))
			.containsExactly("url:USER_INFO");
		assertThat(errors(api.post("/api/v1/webhooks", """
				{"url":"https://example.org/hook","eventTypes":["case.closed"],"events":["case.closed"]}"""), 400))
			.containsExactly("events:UNKNOWN_FIELD");
		assertThat(api.get("/api/v1/webhooks").body().size()).isEqualTo(before);
	}

	@Test
	void showsAServerMadeSecretOnlyInTheAnswerThatMadeIt() {
		Response added = api.post("/api/v1/webhooks", """
				{"url":"https://example.org/hook","eventTypes":["case.closed","case.closed"]}""");
		assertThat(added.status()).isEqualTo(201);
		long id = added.body().path("id").asLong();
		fixtures.removeLater(id);

		assertThat(added.body().path("secret").asString()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(added.body().path("eventTypes").size()).isEqualTo(1);
		assertThat(added.body().path("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/webhooks/" + id).body().has("secret")).isFalse();
		api.get("/api/v1/webhooks").body().forEach(subscriber -> assertThat(subscriber.has("secret")).isFalse());
	}

	@Test
	void changesAndRemovesASubscriber() {
		long id = fixtures.subscribe("""
				{"url":"https://example.org/hook","eventTypes":["case.closed"]}""");

		Response changed = api.put("/api/v1/webhooks/" + id, """
				{"url":"https://example.org/other","eventTypes":["case.filed","case.light-changed"],
				 "grids":[{"layer":"whk","grid":"WS"}],"active":false}""");

		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(changed.body().has("secret")).as("the secret stays and is not shown").isFalse();
		assertThat(changed.body().path("url").asString()).isEqualTo("https://example.org/other");
		assertThat(changed.body().path("active").asBoolean()).isFalse();
		assertThat(changed.body().path("grids").get(0).path("grid").asString()).isEqualTo("WS");
		Response rotated = api.put("/api/v1/webhooks/" + id, """
				{"url":"https://example.org/other","eventTypes":["case.filed"],"secret":"a-new-secret-of-enough-length"}""");
		assertThat(rotated.body().path("secret").asString()).isEqualTo("a-new-secret-of-enough-length");
		assertThat(api.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
		assertThat(errors(api.get("/api/v1/webhooks/1/deliveries?status=lost&limit=0"), 400))
			.containsExactlyInAnyOrder("status:UNKNOWN", "limit:OUT_OF_RANGE");
	}

	@Test
	void onlyWhoMayManageWebhooksSeesOrChangesSubscribers() {
		if (accounts.all().stream().noneMatch(account -> account.username().equals("whk-dispatcher"))) {
			accounts.create(new AccountDirectory.AccountRequest("whk-dispatcher", "推送测试派遣员",
					"webhook-test-password", List.of("dispatcher"), null, true), "test", false);
		}
		TestApi dispatcher = api.as("whk-dispatcher", "webhook-test-password");

		assertThat(dispatcher.get("/api/v1/webhooks").status()).isEqualTo(403);
		assertThat(dispatcher.post("/api/v1/webhooks", """
				{"url":"https://example.org/hook","eventTypes":["case.closed"]}""").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/webhooks").status()).isEqualTo(401);
	}

	private static List<String> errors(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> errors = new ArrayList<>();
		response.body().path("errors").forEach(e -> errors.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return errors;
	}
}
