package org.onegrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.OneGridApplication;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database, as behind a load balancer: a case taken in by the test's instance reaches the
 * screens connected to the other one through the database's NOTIFY, only those whose viewer may see it; a screen
 * that reconnects with the last id it saw gets what it missed; an instance whose listening connection is cut
 * listens again and tells its screens to reload; and stopping an instance ends its open feeds at once
 * instead of waiting out the shutdown grace period.
 */
@IntegrationTest
@Tag("instances")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFeedInstancesIntegrationTests {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private static final String CSRF = "csrf-for-feed-tests";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	TestApi api;

	@Autowired
	DataSource dataSource;

	private DashboardFixtures district;

	private ConfigurableApplicationContext other;

	@BeforeAll
	void startsASecondInstance() throws Exception {
		district = new DashboardFixtures(api);
		other = instance("60s");
		awaitListening(other);
	}

	@AfterAll
	void stopsIt() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void aCaseTakenInOnOneInstanceReachesOnlyTheScreensOnTheOtherThatMaySeeIt() throws Exception {
		try (FeedClient east = FeedClient.open(port(other), login(other, "dispatcher-dash-dt1"), null);
				FeedClient west = FeedClient.open(port(other), login(other, "dispatcher-dash-dt2"), null)) {
			east.next("hello", any -> true, BOUND);
			west.next("hello", any -> true, BOUND);

			long eastCase = district.report("PATROL", "0201", 1);
			FeedClient.Event heard = east.next("case", about(eastCase), BOUND);
			assertThat(heard.data()).contains("\"kind\":\"REPORTED\"", "东风街道", "\"caseNo\":\""
					+ api.get("/api/v1/cases/" + eastCase).body().path("caseNo").asString() + "\"");
			assertThat(heard.id()).isNotBlank();

			long westCase = district.report("PATROL", "0201", 2);
			west.next("case", about(westCase), BOUND);
			assertThat(west.received()).as("the west street's screen never hears of the east street's case")
				.noneMatch(about(eastCase));
			assertThat(east.received()).noneMatch(about(westCase));
		}
	}

	@Test
	void aScreenThatReconnectsWithTheLastIdItSawGetsWhatItMissed() throws Exception {
		String session = login(other, "dispatcher-dash-dt1");
		String lastSeen;
		try (FeedClient east = FeedClient.open(port(other), session, null)) {
			east.next("hello", any -> true, BOUND);
			long seen = district.report("PATROL", "0201", 1);
			lastSeen = east.next("case", about(seen), BOUND).id();
		}
		long notTheirs = district.report("PATROL", "0201", 2);
		long missed = district.report("VIDEO", "0202", 1);
		Feed feed = other.getBean(Feed.class);
		long deadline = System.nanoTime() + BOUND.toNanos();
		while (feed.after(Long.parseLong(lastSeen), 100, org.onegrid.access.Grant.system("test")).stream()
			.filter(entry -> entry.item().caseId() == missed || entry.item().caseId() == notTheirs)
			.count() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		try (FeedClient again = FeedClient.open(port(other), session, lastSeen)) {
			FeedClient.Event replayed = again.next("case", about(missed), BOUND);
			assertThat(Long.parseLong(replayed.id())).isGreaterThan(Long.parseLong(lastSeen));
			long marker = district.report("PATROL", "0201", 1);
			again.next("case", about(marker), BOUND);
			assertThat(again.received()).as("another street's case is not replayed").noneMatch(about(notTheirs));
			assertThat(again.received()).as("nothing seen before is sent again")
				.filteredOn(event -> event.name().equals("case"))
				.allMatch(event -> Long.parseLong(event.id()) > Long.parseLong(lastSeen));
		}
	}

	@Test
	void anInstanceThatLosesItsListeningConnectionReconnectsAndTellsItsScreensToReload() throws Exception {
		try (FeedClient east = FeedClient.open(port(other), login(other, "dispatcher-dash-dt1"), null)) {
			east.next("hello", any -> true, BOUND);
			int dropped = other.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
						+ " WHERE application_name = 'onegrid-dashboard-listener'")
				.query(Integer.class)
				.single();
			assertThat(dropped).as("listening connections cut, as in a database outage").isPositive();
			east.next("reset", any -> true, BOUND);
			awaitListening(other);
			long after = district.report("PATROL", "0201", 1);
			east.next("case", about(after), BOUND);
		}
	}

	@Test
	void stoppingAnInstanceEndsItsOpenFeedsWithoutWaitingOutTheGracePeriod() throws Exception {
		ConfigurableApplicationContext stopping = instance("60s");
		FeedClient screen = FeedClient.open(port(stopping), login(stopping, "dispatcher-dash-dt1"), null);
		screen.next("hello", any -> true, BOUND);
		long started = System.nanoTime();
		stopping.close();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(screen.awaitEnd(BOUND)).as("the server ended the stream").isTrue();
		assertThat(took).as("shut down well within the 60 s grace period").isLessThan(Duration.ofSeconds(30));
		screen.close();
	}

	private static java.util.function.Predicate<FeedClient.Event> about(long caseId) {
		return event -> event.name().equals("case") && event.data().contains("\"caseId\":" + caseId + ",");
	}

	private static void awaitListening(ConfigurableApplicationContext instance) throws InterruptedException {
		FeedListener listener = instance.getBean(FeedListener.class);
		long deadline = System.nanoTime() + BOUND.toNanos();
		while (!listener.listening() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(listener.listening()).as("the instance listens on the feed's channel").isTrue();
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	private static String login(ConfigurableApplicationContext instance, String username) throws Exception {
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance)
				+ "/api/v1/auth/login"))
			.header("Cookie", "XSRF-TOKEN=" + CSRF)
			.header("X-XSRF-TOKEN", CSRF)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
					+ DashboardFixtures.PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String prefix = TestApi.SESSION_COOKIE + "=";
		return login.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith(prefix))
			.map(cookie -> cookie.substring(prefix.length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	/** Another instance of the whole application on the shared test database, with the given shutdown grace. */
	private ConfigurableApplicationContext instance(String grace) throws SQLException {
		String url;
		String user;
		try (var connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			user = connection.getMetaData().getUserName();
		}
		return new SpringApplicationBuilder(OneGridApplication.class).run("--server.port=0",
				"--onegrid.db.url=" + url, "--onegrid.db.user=" + user, "--onegrid.db.pool-size=4",
				"--spring.lifecycle.timeout-per-shutdown-phase=" + grace);
	}
}
