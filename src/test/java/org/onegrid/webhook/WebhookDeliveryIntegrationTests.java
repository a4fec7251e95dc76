package org.onegrid.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.access.Grant;
import org.onegrid.cases.ActionRequest;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.HistoricalCases;
import org.onegrid.cases.Lifecycle;
import org.onegrid.cases.LightSweep;
import org.onegrid.cases.NewCase;
import org.onegrid.cases.Satisfaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Case events reach their subscribers signed, at least once and in order, after failures and only for steps that
 * committed; what never gets through waits as dead until an administrator re-queues it.
 */
@IntegrationTest
class WebhookDeliveryIntegrationTests {

	private static final String SECRET = "receiver-secret-0123456789";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	DeliverySweep sweep;

	@Autowired
	Lifecycle lifecycle;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebhookProperties properties;

	@Autowired
	LightSweep lights;

	@Autowired
	DeliveryTimer timer;

	@Autowired
	HistoricalCases history;

	private WebhookFixtures fixtures;

	private WebhookReceiver receiver;

	@BeforeEach
	void start() throws Exception {
		fixtures = new WebhookFixtures(api);
		receiver = new WebhookReceiver();
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
	}

	@AfterEach
	void stop() {
		fixtures.removeSubscribers();
		receiver.close();
		clock.reset();
	}

	@Test
	void everyEventArrivesOnceSignedAndInOrderAfterTheReceiverRecovers() throws Exception {
		long subscriber = subscribe("/hook", "[\"case.reported\",\"case.filed\"]", "");
		long first = fixtures.report(WebhookFixtures.IN_WC1);
		long second = fixtures.report(WebhookFixtures.IN_WC2);
		fixtures.act(first, "accept", "");
		fixtures.act(first, "file", "\"conditionMet\":true");
		List<JsonNode> recorded = fixtures.awaitRecorded(subscriber, 3);
		receiver.failFirst(3);

		sweep.sweep();
		assertThat(receiver.received()).hasSize(1);
		sweep.sweep();
		clock.advance(properties.backoffBase().minusSeconds(1));
		sweep.sweep();
		assertThat(receiver.received()).as("nothing is sent again before the backoff has passed").hasSize(1);
		clock.advance(Duration.ofSeconds(1));
		sweep.sweep();
		assertThat(receiver.received()).hasSize(2);
		clock.advance(properties.backoffBase().multipliedBy(2));
		sweep.sweep();
		assertThat(receiver.received()).as("the second wait is twice the first").hasSize(3);
		clock.advance(properties.backoffBase().multipliedBy(4));
		sweep.sweep();

		assertThat(receiver.received()).as("three failures, then each event once").hasSize(6);
		assertThat(receiver.acceptedIds()).as("each event once, in the order recorded").containsExactlyElementsOf(
				recorded.stream().map(d -> d.path("eventId").asString()).toList());
		assertThat(receiver.accepted()).hasSize(3);
		assertThat(receiver.accepted().stream().map(WebhookReceiver.Received::eventType).toList())
			.containsExactlyElementsOf(recorded.stream().map(d -> d.path("eventType").asString()).toList())
			.containsExactlyInAnyOrder("case.reported", "case.reported", "case.filed");
		for (WebhookReceiver.Received request : receiver.received()) {
			assertThat(request.signature()).isEqualTo(sign(SECRET, request.timestamp(), request.body()));
			assertThat(request.json().path("id").asString()).isEqualTo(request.eventId());
			assertThat(request.json().path("type").asString()).isEqualTo(request.eventType());
		}
		JsonNode filed = receiver.accepted().stream().filter(r -> r.eventType().equals("case.filed")).findFirst()
			.orElseThrow().json();
		assertThat(filed.path("case").path("id").asLong()).isEqualTo(first);
		assertThat(filed.path("case").path("state").asString()).isEqualTo("FILED");
		assertThat(filed.path("case").path("number").asString()).matches("[0-9]{8}-[0-9]{6,}");
		assertThat(receiver.accepted().stream().map(r -> r.json().path("case").path("id").asLong()))
			.contains(first, second);
		assertThat(fixtures.deliveries(subscriber, "delivered")).hasSize(3);
		assertThat(fixtures.deliveries(subscriber, "pending")).isEmpty();
	}

	@Test
	void carriesNoPersonalDataOfTheReporter() throws Exception {
		long subscriber = subscribe("/hook", "[\"case.reported\"]", "");
		fixtures.report(WebhookFixtures.IN_WC1);
		fixtures.awaitRecorded(subscriber, 1);
		sweep.sweep();

		String body = receiver.accepted().get(0).body();
		assertThat(body).contains("\"case\"").doesNotContain("张三", "13812345678", "138****5678", "worker-1",
				"Pothole");
	}

	@Test
	void sendsNothingForACaseStepWhoseTransactionRolledBack() throws Exception {
		long rolledBack = fixtures.report(WebhookFixtures.IN_WC1);
		long committed = fixtures.report(WebhookFixtures.IN_WC1);
		fixtures.act(rolledBack, "accept", "");
		fixtures.act(committed, "accept", "");
		long subscriber = subscribe("/hook", "[\"case.filed\"]", "");

		transactions.executeWithoutResult(status -> {
			lifecycle.act(rolledBack, "file", filing(), Grant.system("test"));
			status.setRollbackOnly();
		});
		fixtures.act(committed, "file", "\"conditionMet\":true");
		fixtures.awaitRecorded(subscriber, 1);
		sweep.sweep();

		assertThat(api.get("/api/v1/cases/" + rolledBack).body().path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(fixtures.deliveries(subscriber, null)).hasSize(1);
		assertThat(receiver.accepted()).hasSize(1);
		assertThat(receiver.accepted().get(0).json().path("case").path("id").asLong()).isEqualTo(committed);
	}

	@Test
	void recordsAStepsDeliveryBeforeTheStepReturns() {
		long subscriber = subscribe("/hook", "[\"case.reported\",\"case.filed\"]", "");
		long id = fixtures.report(WebhookFixtures.IN_WC1);
		assertThat(fixtures.deliveries(subscriber, null)).as("the report's delivery, with no wait").hasSize(1);
		fixtures.act(id, "accept", "");
		fixtures.act(id, "file", "\"conditionMet\":true");

		List<JsonNode> recorded = fixtures.deliveries(subscriber, null);
		assertThat(recorded).as("committed with the filing itself").hasSize(2);
		assertThat(recorded.get(0).path("eventType").asString()).isEqualTo("case.filed");
	}

	@Test
	void aCaseRecordedFromAnotherSystemsPastIsNotDeliveredAsNews() throws Exception {
		long subscriber = subscribe("/hook",
				"[\"case.reported\",\"case.filed\",\"case.dispatched\",\"case.handled\",\"case.closed\","
						+ "\"case.evaluated\"]", "");
		TestStaff.handlersFor(api, "municipal-works");
		Instant reported = clock.instant().minus(Duration.ofDays(30));
		NewCase report = new NewCase(null, "PATROL", null, null, "worker-1", "COMPONENT", "0201", null, null, null,
				"往日案件 / A past case", null, WebhookFixtures.IN_WC1[0], WebhookFixtures.IN_WC1[1], null, null, null);
		long past = history.record(new HistoricalCase("whk-past-" + System.nanoTime(), report, reported, null,
				"municipal-works", HistoricalCase.Outcome.CLOSED, reported.plus(Duration.ofHours(5)),
				Satisfaction.SATISFIED), Grant.system("webhook-test")).caseId();
		long live = fixtures.report(WebhookFixtures.IN_WC1);

		List<JsonNode> recorded = fixtures.awaitRecorded(subscriber, 1);
		assertThat(recorded).as("only today's report").singleElement()
			.satisfies(delivery -> assertThat(delivery.path("caseId").asLong()).isEqualTo(live));
		assertThat(api.get("/api/v1/cases/" + past).body().path("state").asString()).isEqualTo("EVALUATED");
	}

	@Test
	void aGridScopedSubscriberHearsOnlyOfCasesInItsGridOrBelow() throws Exception {
		long community = subscribe("/wc1", "[\"case.reported\"]", ",\"grids\":[{\"layer\":\"whk\",\"grid\":\"WC1\"}]");
		long street = subscribe("/ws", "[\"case.reported\"]", ",\"grids\":[{\"layer\":\"whk\",\"grid\":\"WS\"}]");
		long west = fixtures.report(WebhookFixtures.IN_WC1);
		long east = fixtures.report(WebhookFixtures.IN_WC2);
		fixtures.awaitRecorded(street, 2);
		sweep.sweep();

		assertThat(fixtures.deliveries(community, null)).hasSize(1);
		assertThat(caseIdsReceivedAt("/wc1")).containsExactly(west);
		assertThat(caseIdsReceivedAt("/ws")).containsExactly(west, east);
	}

	@Test
	void tellsTheGridACaseMovedIntoOfTheMove() throws Exception {
		long subscriber = subscribe("/moved", "[\"case.relocated\"]",
				",\"grids\":[{\"layer\":\"whk\",\"grid\":\"WC2\"}]");
		long id = fixtures.report(WebhookFixtures.IN_WC1);
		TestApi.Response moved = api.post("/api/v1/cases/" + id + "/actions/relocate", """
				{"lon":%s,"lat":%s,"reason":"坐标纠正 / Corrected point"}""".formatted(WebhookFixtures.IN_WC2[0],
				WebhookFixtures.IN_WC2[1]));
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		fixtures.awaitRecorded(subscriber, 1);
		sweep.sweep();

		JsonNode event = receiver.accepted().stream().map(WebhookReceiver.Received::json)
			.filter(e -> e.path("case").path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(event.path("type").asString()).isEqualTo("case.relocated");
		assertThat(event.path("details").path("fromGrid").asString()).isEqualTo("WC1");
		assertThat(event.path("details").path("toGrid").asString()).isEqualTo("WC2");
		assertThat(event.path("details").path("corrected").asBoolean()).isTrue();
	}

	@Test
	void tellsOfALightThatTurnedYellow() throws Exception {
		long subscriber = subscribe("/hook", "[\"case.light-changed\"]",
				",\"grids\":[{\"layer\":\"whk\",\"grid\":\"WC2\"}]");
		long id = fixtures.report(WebhookFixtures.IN_WC2);
		JsonNode stage = api.get("/api/v1/cases/" + id).body().path("clock");
		assertThat(stage.path("warnAt").isString()).as("the case's stage has a clock: " + stage).isTrue();
		clock.set(Instant.parse(stage.path("warnAt").asString()).plusSeconds(1));
		lights.sweep();
		List<JsonNode> recorded = fixtures.awaitRecorded(subscriber, 1);
		sweep.sweep();

		JsonNode light = receiver.accepted().stream().map(WebhookReceiver.Received::json)
			.filter(event -> event.path("case").path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(recorded).allSatisfy(d -> assertThat(d.path("eventType").asString()).isEqualTo("case.light-changed"));
		assertThat(light.path("details").path("light").asString()).isEqualTo("YELLOW");
		assertThat(Instant.parse(light.path("details").path("deadline").asString()))
			.isEqualTo(Instant.parse(stage.path("deadline").asString()));
		assertThat(light.has("seq")).isFalse();
	}

	@Test
	void sweepsRunningAtOnceSendEachDeliveryOnceAndInOrder() throws Exception {
		List<Long> subscribers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			subscribers.add(subscribe("/s" + i, "[\"case.reported\"]", ""));
		}
		for (int i = 0; i < 5; i++) {
			fixtures.report(i % 2 == 0 ? WebhookFixtures.IN_WC1 : WebhookFixtures.IN_WC2);
		}
		List<List<String>> recorded = new ArrayList<>();
		for (long subscriber : subscribers) {
			recorded.add(fixtures.awaitRecorded(subscriber, 5).stream().map(d -> d.path("eventId").asString())
				.toList());
		}

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> passes = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				passes.add(pool.submit(() -> {
					go.await();
					return sweep.sweep();
				}));
			}
			go.countDown();
			int attempts = 0;
			for (Future<Integer> pass : passes) {
				attempts += pass.get(60, TimeUnit.SECONDS);
			}
			assertThat(attempts).isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(receiver.received()).hasSize(20);
		for (int i = 0; i < 4; i++) {
			String path = "/s" + i;
			List<String> ids = receiver.received().stream().filter(r -> r.path().equals(path))
				.map(WebhookReceiver.Received::eventId).toList();
			assertThat(ids).as(path + ": each once, in the order recorded").containsExactlyElementsOf(recorded.get(i));
		}
	}

	@Test
	void deadLettersADeliveryAfterItsLastAttemptAndSendsItAgainWhenRequeued() throws Exception {
		long subscriber = subscribe("/hook", "[\"case.reported\"]", "");
		fixtures.report(WebhookFixtures.IN_WC2);
		String eventId = fixtures.awaitRecorded(subscriber, 1).get(0).path("eventId").asString();
		receiver.failAlways(true);
		for (int attempt = 0; attempt < properties.maxAttempts() + 2; attempt++) {
			sweep.sweep();
			clock.advance(Duration.ofDays(2));
		}

		assertThat(receiver.received()).hasSize(properties.maxAttempts());
		List<JsonNode> dead = fixtures.deliveries(subscriber, "dead");
		assertThat(dead).hasSize(1);
		assertThat(dead.get(0).path("attempts").asInt()).isEqualTo(properties.maxAttempts());
		assertThat(dead.get(0).path("lastStatus").asInt()).isEqualTo(500);
		assertThat(fixtures.deliveries(subscriber, "pending")).isEmpty();

		receiver.failAlways(false);
		String retry = "/api/v1/webhooks/" + subscriber + "/deliveries/" + dead.get(0).path("id").asLong() + "/retry";
		TestApi.Response requeued = api.post(retry, "{}");
		assertThat(requeued.status()).as(requeued.body().toString()).isEqualTo(200);
		assertThat(requeued.body().path("status").asString()).isEqualTo("pending");
		assertThat(requeued.body().path("attempts").asInt()).isZero();
		sweep.sweep();

		assertThat(receiver.accepted()).hasSize(1);
		assertThat(receiver.accepted().get(0).eventId()).isEqualTo(eventId);
		assertThat(fixtures.deliveries(subscriber, "dead")).isEmpty();
		assertThat(api.post(retry, "{}").status()).as("a delivered event is not re-queued").isEqualTo(409);
	}

	@Test
	void deletesADeliveredRowOnlyAfterItsKeepingTime() throws Exception {
		long subscriber = subscribe("/hook", "[\"case.reported\"]", "");
		fixtures.report(WebhookFixtures.IN_WC1);
		fixtures.awaitRecorded(subscriber, 1);
		sweep.sweep();
		clock.advance(properties.keepDelivered().minusMinutes(1));

		timer.prune();
		assertThat(fixtures.deliveries(subscriber, "delivered")).hasSize(1);
		clock.advance(Duration.ofMinutes(2));
		timer.prune();
		assertThat(fixtures.deliveries(subscriber, null)).isEmpty();
	}

	private long subscribe(String path, String eventTypes, String more) {
		return fixtures.subscribe("{\"url\":\"%s\",\"secret\":\"%s\",\"eventTypes\":%s%s}"
			.formatted(receiver.url(path), SECRET, eventTypes, more));
	}

	private List<Long> caseIdsReceivedAt(String path) {
		return receiver.accepted().stream()
			.filter(request -> request.path().equals(path))
			.map(request -> request.json().path("case").path("id").asLong())
			.toList();
	}

	private static ActionRequest filing() {
		return new ActionRequest(null, "op-1", null, null, null, null, null, true, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	/** The signature as a receiver computes it: hex HMAC-SHA256 of timestamp, '.', body, keyed with the secret. */
	private static String sign(String secret, String timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of()
			.formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}
}
