package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onegrid.TestApi.Response;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.calendar.WorkingDuration;
import tools.jackson.databind.JsonNode;

/**
 * One shipped district profile loaded from its bundle into an empty OneGrid through the API, for the tests of each
 * district: its dry run, its load, cases walked from report to close through the district's own roles on its own
 * limits, and its export loaded back.
 */
final class DistrictProfileRun implements AutoCloseable {

	private static final String PASSWORD = "district-profile-test-password";

	final EmptyInstallation onegrid;

	private final String id;

	private DistrictProfileRun(String id) {
		this.id = id;
		this.onegrid = EmptyInstallation.start("profile_" + id);
		this.onegrid.clock.setShanghai("2026-04-30T10:00");
	}

	static DistrictProfileRun start(String id) {
		return new DistrictProfileRun(id);
	}

	Map<String, String> files() {
		return new TreeMap<>(Bundle.fromClasspath("profiles/" + id));
	}

	/** Dry-runs the bundle: no errors, the given creations among its changes, and nothing written. */
	void dryRunHasNoErrors(String... expectedChanges) {
		Response dryRun = onegrid.postZip("/api/v1/profiles?dryRun=true", BundleWriter.zip(files()));
		assertThat(dryRun.status()).as(dryRun.body().toString()).isEqualTo(200);
		assertThat(dryRun.body().path("errors")).isEmpty();
		assertThat(changes(dryRun.body())).contains("create profile " + id).contains(expectedChanges);
		assertThat(onegrid.get("/api/v1/profiles").body()).isEmpty();
		assertThat(onegrid.get("/api/v1/layers").body().findValuesAsString("code")).doesNotContain("ops");
	}

	/** Loads the bundle; answers the warnings' keys, and sets a password on every account of the profile. */
	List<String> load(String... accountPrefixes) {
		Response loaded = onegrid.postZip("/api/v1/profiles", BundleWriter.zip(files()));
		assertThat(loaded.status()).as(loaded.body().toString()).isEqualTo(200);
		assertThat(onegrid.get("/api/v1/profiles").body().toString()).isEqualTo("[\"" + id + "\"]");
		List<JsonNode> accounts = new ArrayList<>();
		for (int page = 0; page == 0 || accounts.size() == page * 200; page++) {
			onegrid.get("/api/v1/accounts?size=200&page=" + page).body().path("items").forEach(accounts::add);
		}
		for (JsonNode account : accounts) {
			String username = account.path("username").asString();
			if (List.of(accountPrefixes).stream().anyMatch(username::startsWith)) {
				assertThat(onegrid.put("/api/v1/accounts/" + account.path("id").asLong() + "/password",
						"{\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(204);
			}
		}
		List<String> warnings = new ArrayList<>();
		loaded.body().path("warnings").forEach(w -> warnings.add(w.path("code").asString()));
		return warnings;
	}

	/**
	 * Walks one case of {@code path.tier()} from a grid worker's report through intake, filing, dispatch, the
	 * handler's sign and feedback, the grid check and the close, asserting its handling grid and that its
	 * handling deadline is the district's limit on the working calendar.
	 */
	void walk(CasePath path) {
		JsonNode reported = ok(as(path.reporter()).post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"%s","description":"%s %s","lon":%s,"lat":%s}"""
			.formatted(path.minorCode(), id, path.tier(), path.lon(), path.lat())), 201);
		long caseId = reported.path("id").asLong();
		act(path.intake(), caseId, "accept", "{}");
		JsonNode filed = act(path.intake(), caseId, "file", "{\"conditionMet\":true,\"tier\":\"" + path.tier() + "\"}");
		assertThat(filed.path("handlingGrid").asString()).as(path.tier()).isEqualTo(path.handlingGrid());
		JsonNode dispatched = act(path.dispatcher(), caseId, "dispatch",
				path.department() == null ? "{}" : "{\"department\":\"" + path.department() + "\"}");
		JsonNode clock = dispatched.path("clock");
		assertThat(clock.path("stage").asString()).isEqualTo("HANDLE");
		WorkingCalendar calendar = onegrid.context.getBean(WorkingCalendar.class);
		Instant started = Instant.parse(clock.path("startedAt").asString());
		assertThat(Instant.parse(clock.path("deadline").asString())).as(path.tier())
			.isEqualTo(calendar.deadline(started, WorkingDuration.days(path.handleDays())));
		act(path.handler(), caseId, "sign", "{}");
		act(path.handler(), caseId, "feedback", "{\"note\":\"已办结 / Done\"}");
		act(path.checker(), caseId, "check", "{\"passed\":true}");
		JsonNode closed = act(path.dispatcher(), caseId, "close", "{\"conditionMet\":true}");
		assertThat(closed.path("open").asBoolean()).as(path.tier() + " " + closed).isFalse();
	}

	/** Exports the loaded profile and loads it back: no change, and the bundle as shipped gives none either. */
	void exportReloadsWithoutAChange() {
		byte[] exported = onegrid.getBytes("/api/v1/profiles/" + id + "/export");
		assertThat(Bundle.fromZip(exported)).containsKeys("profile.yaml", "layers.yaml", "grids/ops.geojson",
				"organisation.yaml", "catalogue.yaml", "responsibility.yaml", "teams.yaml", "people.yaml");
		Response again = onegrid.postZip("/api/v1/profiles", exported);
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(changes(again.body())).isEmpty();
		assertThat(changes(onegrid.postZip("/api/v1/profiles", BundleWriter.zip(files())).body())).isEmpty();
	}

	@Override
	public void close() {
		onegrid.close();
	}

	private static List<String> changes(JsonNode result) {
		List<String> changes = new ArrayList<>();
		result.path("changes").forEach(c -> changes.add(c.path("action").asString() + " " + c.path("section")
			.asString() + " " + c.path("key").asString()));
		return changes;
	}

	private JsonNode act(String username, long caseId, String action, String body) {
		return ok(as(username).post("/api/v1/cases/" + caseId + "/actions/" + action, body), 200);
	}

	EmptyInstallation as(String username) {
		return onegrid.as(username, PASSWORD);
	}

	private static JsonNode ok(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		return response.body();
	}

	/**
	 * One case's way through a district: where it is reported and by whom, its tier, the department it is sent to
	 * ({@code null}: the responsibility matrix decides), who takes each step, and its handling limit in days.
	 */
	record CasePath(String tier, String minorCode, double lon, double lat, String reporter, String intake,
			String dispatcher, String department, String handler, String checker, String handlingGrid,
			int handleDays) {
	}
}
