package org.onegrid.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.Grant;
import org.onegrid.cases.CaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real data: 2,000 NYC 311 service requests of March 2011 imported by the shipped NYC 311 mapping, placed at a point
 * of the test district. The import keeps what the CSV says: its statuses, its complaint types and its original times.
 */
@IntegrationTest
class HistoryImportIntegrationTests {

	private static final DateTimeFormatter NYC = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Imports imports;

	@Autowired
	ImportRunner runner;

	@Autowired
	AccountDirectory accounts;

	@BeforeEach
	void district() {
		new CaseFixtures(api);
	}

	@Test
	void importKeepsTheCsvsCountsByStatusAndComplaintTypeAndItsOriginalTimes() throws IOException {
		String csv = ImportFiles.resource("nyc311/nyc311_2011-03_2000rows.csv");
		Response started = api.upload("/api/v1/imports", "nyc311.csv", csv.getBytes(StandardCharsets.UTF_8),
				"mappingDocument", ImportFiles.nycMapping());
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode job = ImportFiles.await(api, started.body().path("id").asLong());

		List<List<String>> rows = Csv.parse(csv);
		Map<String, Integer> byState = new TreeMap<>();
		Map<String, Integer> byType = new TreeMap<>();
		List<String> failing = new ArrayList<>();
		List<String> header = rows.get(0);
		for (List<String> row : rows.subList(1, rows.size())) {
			String status = row.get(header.indexOf("Status"));
			String closed = row.get(header.indexOf("Closed Date"));
			String key = row.get(header.indexOf("Unique Key"));
			if (status.equals("Closed") && closed.isBlank() || !closed.isBlank() && LocalDateTime.parse(closed, NYC)
				.isBefore(LocalDateTime.parse(row.get(header.indexOf("Created Date")), NYC))) {
				failing.add(key);
				continue;
			}
			String state = switch (status) {
				case "Closed" -> "CLOSED";
				case "Assigned" -> "HANDLING";
				default -> "DISPATCHED";
			};
			byState.merge(state, 1, Integer::sum);
			byType.merge(row.get(header.indexOf("Complaint Type")), 1, Integer::sum);
		}
		assertThat(failing).containsExactly("19944912");
		assertThat(job.path("state").asString()).isEqualTo("DONE");
		assertThat(job.path("rowsTotal").asInt()).isEqualTo(2000);
		assertThat(job.path("rowsDone").asInt()).isEqualTo(1999);
		assertThat(job.path("rowsFailed").asInt()).isEqualTo(1);
		assertThat(job.path("problems").get(0).path("key").asString()).isEqualTo("19944912");
		assertThat(job.path("problems").get(0).path("column").asString()).isEqualTo("Closed Date");

		assertThat(counts("c.state")).isEqualTo(byState);
		Map<String, String> typeOf = new TreeMap<>();
		rows.stream().skip(1).forEach(row -> typeOf.put("history:" + row.get(header.indexOf("Unique Key")),
				row.get(header.indexOf("Complaint Type"))));
		Map<String, Integer> importedByType = new TreeMap<>();
		jdbc.sql("SELECT request_id FROM case_report WHERE request_id ~ '^history:[0-9]+$'").query(String.class)
			.list().forEach(request -> importedByType.merge(typeOf.get(request), 1, Integer::sum));
		assertThat(importedByType).isEqualTo(byType);

		List<String> first = rows.stream().skip(1)
			.filter(row -> row.get(header.indexOf("Status")).equals("Closed")
					&& !failing.contains(row.get(header.indexOf("Unique Key"))))
			.findFirst().orElseThrow();
		long id = caseOf(first.get(header.indexOf("Unique Key")));
		JsonNode timeline = api.get("/api/v1/cases/" + id).body().path("timeline");
		Instant reported = LocalDateTime.parse(first.get(header.indexOf("Created Date")), NYC).atZone(NEW_YORK)
			.toInstant();
		Instant closed = LocalDateTime.parse(first.get(header.indexOf("Closed Date")), NYC).atZone(NEW_YORK)
			.toInstant();
		assertThat(timeline.get(0).path("action").asString()).isEqualTo("report");
		assertThat(Instant.parse(timeline.get(0).path("at").asString())).isEqualTo(reported);
		assertThat(reported.atZone(NEW_YORK).toLocalDate()).hasToString("2011-03-01");
		JsonNode last = timeline.get(timeline.size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("close");
		assertThat(Instant.parse(last.path("at").asString())).isEqualTo(closed);
	}

	@Test
	void dryRunReportsEveryBadRowAndWritesNothing() throws IOException {
		String csv = sample(6, key -> "DRY-" + key)
			.replaceFirst("(?m)^(\"?DRY-[0-9]+\"?,)(\"?)[0-9/]+ ", "$1$2not-a-date ");
		List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
		lines.set(2, lines.get(2).replace(",\"Closed\",", ",\"Finished\","));
		csv = String.join("\n", lines);
		long jobsBefore = jdbc.sql("SELECT count(*) FROM history_import").query(Long.class).single();

		Response report = api.upload("/api/v1/imports?dryRun=true", "dry.csv", csv.getBytes(StandardCharsets.UTF_8),
				"mappingDocument", ImportFiles.nycMapping());

		assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
		assertThat(report.body().path("rowsTotal").asInt()).isEqualTo(6);
		List<String> problems = new ArrayList<>();
		report.body().path("problems").forEach(p -> problems.add(p.path("row").asInt() + ":"
				+ p.path("column").asString()));
		assertThat(problems).containsExactly("1:Created Date", "2:Status");
		assertThat(report.body().path("rowsOk").asInt()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM case_report WHERE request_id LIKE 'history:DRY-%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM history_import").query(Long.class).single()).isEqualTo(jobsBefore);
	}

	@Test
	void aDryRunFindsARowWhoseDepartmentNobodyCouldTakeUp() throws IOException {
		String department = "hist-unstaffed-" + System.nanoTime() % 100_000;
		assertThat(api.put("/api/v1/departments/" + department, """
				{"nameZh":"无人部门","nameEn":"Unstaffed department"}""").status()).isIn(200, 201);
		String mapping = ImportFiles.nycMapping().replace("    DOF: grid-centre", "    DOF: " + department);

		Response report = api.upload("/api/v1/imports?dryRun=true", "unstaffed.csv",
				sample(2, key -> "UNSTAFFED-" + key).getBytes(StandardCharsets.UTF_8), "mappingDocument", mapping);

		assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
		List<String> problems = new ArrayList<>();
		report.body().path("problems").forEach(p -> problems.add(p.path("row").asInt() + ":"
				+ p.path("column").asString() + ":" + p.path("reason").asString()));
		assertThat(problems).singleElement().asString().startsWith("1:Agency:").contains(department);
	}

	@Test
	void rowsWithoutAPlaceAreRefusedOneByOneWhenTheMappingFixesNoPoint() throws IOException {
		List<List<String>> all = Csv.parse(ImportFiles.resource("nyc311/nyc311_2011-03_2000rows.csv"));
		List<String> header = all.get(0);
		List<List<String>> unplaced = all.stream().skip(1)
			.filter(row -> row.get(header.indexOf("Longitude")).isBlank()).toList();
		assertThat(unplaced).hasSizeGreaterThan(100);
		Set<String> unplacedKeys = new TreeSet<>();
		unplaced.forEach(row -> unplacedKeys.add("NOPLACE-" + row.get(header.indexOf("Unique Key"))));

		Response report = api.upload("/api/v1/imports?dryRun=true", "noplace.csv",
				sample(2000, key -> "NOPLACE-" + key).getBytes(StandardCharsets.UTF_8), "mapping", "nyc311");

		assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
		assertThat(report.body().path("rowsTotal").asInt()).isEqualTo(2000);
		Set<String> withoutCoordinate = new TreeSet<>();
		report.body().path("problems").forEach(p -> {
			if (p.path("column").asString().equals("Longitude")
					&& p.path("reason").asString().equals("empty; a coordinate is required")) {
				withoutCoordinate.add(p.path("key").asString());
			}
		});
		assertThat(withoutCoordinate).isEqualTo(unplacedKeys);

		StringBuilder three = new StringBuilder(line(header));
		for (List<String> row : unplaced.subList(0, 3)) {
			List<String> cells = new ArrayList<>(row);
			cells.set(header.indexOf("Unique Key"), "NOPLACE-RUN-" + row.get(header.indexOf("Unique Key")));
			three.append(line(cells));
		}
		Response started = api.upload("/api/v1/imports", "noplace.csv",
				three.toString().getBytes(StandardCharsets.UTF_8), "mapping", "nyc311");
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode job = ImportFiles.await(api, started.body().path("id").asLong());
		assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.path("rowsFailed").asInt()).isEqualTo(3);
		assertThat(job.path("rowsDone").asInt()).isZero();
	}

	@Test
	void aJobThatStoppedContinuesFromItsLastCommittedChunkWithoutDuplicates() throws IOException {
		String csv = sample(1200, key -> "RESUME-" + key);
		long id = imports.create(csv, null, ImportFiles.nycMapping(), Grant.system("admin"));
		assertThat(runner.chunk(id)).isTrue();
		assertThat(runner.chunk(id)).isTrue();
		jdbc.sql("UPDATE history_import SET next_row = 501, rows_done = rows_done - 500 WHERE id = :id")
			.param("id", id).update();

		runner.resumeAll();
		JsonNode job = ImportFiles.await(api, id);

		assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.path("rowsFailed").asInt()).as(job.toString()).isZero();
		int failed = job.path("rowsFailed").asInt();
		assertThat(job.path("rowsDone").asInt()).isEqualTo(1200 - failed);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM case_timeline t JOIN case_report r ON r.id = t.case_id
				WHERE r.request_id LIKE 'history:RESUME-%' AND t.action = 'report'
				""").query(Long.class).single()).isEqualTo(1200L - failed);
	}

	@Test
	void aBadMappingIsRefusedNamingItsFields() throws IOException {
		String bad = ImportFiles.nycMapping().replace("format: MM/dd/yyyy hh:mm:ss a", "format: MM/dd/yyyy {bad")
			.replace("Closed: CLOSED", "Closed: FINISHED").replace("name: nyc311", "nmae: nyc311");
		Response response = api.upload("/api/v1/imports?dryRun=true", "nyc.csv",
				sample(2, key -> key).getBytes(StandardCharsets.UTF_8), "mappingDocument", bad);

		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).contains("mapping.reported.format", "mapping.closed.format",
				"mapping.status.values.Closed", "mapping.nmae", "mapping.name");
	}

	@Test
	void onlyWhoMayImportHistoryImportsOrSeesImports() throws IOException {
		if (accounts.all().stream().noneMatch(account -> account.username().equals("hist-dispatcher"))) {
			accounts.create(new AccountDirectory.AccountRequest("hist-dispatcher", "导入测试派遣员",
					"history-test-password", List.of("dispatcher"), null, true), "test", false);
		}
		TestApi dispatcher = api.as("hist-dispatcher", "history-test-password");
		byte[] csv = sample(2, key -> "ACCESS-" + key).getBytes(StandardCharsets.UTF_8);

		assertThat(dispatcher.upload("/api/v1/imports", "a.csv", csv, "mapping", "nyc311").status()).isEqualTo(403);
		assertThat(dispatcher.get("/api/v1/imports").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/imports").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/imports").status()).isEqualTo(200);
	}

	/**
	 * The header and the first {@code rows} rows of the NYC file, each key rewritten so tests do not share cases, and
	 * each 2011 date moved to 2010, so that these cases do not count in the year whose figures other tests check.
	 */
	private static String sample(int rows, UnaryOperator<String> key) throws IOException {
		List<List<String>> all = Csv.parse(ImportFiles.resource("nyc311/nyc311_2011-03_2000rows.csv"));
		List<String> header = all.get(0);
		int column = header.indexOf("Unique Key");
		StringBuilder csv = new StringBuilder();
		for (List<String> row : all.subList(0, rows + 1)) {
			List<String> cells = new ArrayList<>(row);
			if (csv.length() > 0) {
				cells.set(column, key.apply(cells.get(column)));
				for (String date : List.of("Created Date", "Closed Date", "Due Date", "Resolution Action Updated Date")) {
					int at = header.indexOf(date);
					if (at >= 0) {
						cells.set(at, cells.get(at).replace("/2011 ", "/2010 "));
					}
				}
			}
			csv.append(line(cells));
		}
		return csv.toString();
	}

	private static String line(List<String> cells) {
		return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\n";
	}

	private Map<String, Integer> counts(String by) {
		Map<String, Integer> counts = new TreeMap<>();
		jdbc.sql("SELECT " + by + ", count(*) FROM cases c JOIN case_report r ON r.id = c.id "
				+ "WHERE r.request_id ~ '^history:[0-9]+$' GROUP BY 1")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	private long caseOf(String key) {
		return jdbc.sql("SELECT id FROM case_report WHERE request_id = :id").param("id", "history:" + key)
			.query(Long.class).single();
	}
}
