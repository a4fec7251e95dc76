package org.onegrid.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.onegrid.cases.CaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A patrol's past reports count for the grid worker who found them, as the export names them, and never for the
 * account that imports them: a name the mapping lists becomes its account, an unlisted one is read as a username, an
 * empty cell is a report by nobody OneGrid knows, and a name with no account is that row's problem.
 */
@IntegrationTest
class HistoryReporterIntegrationTests {

	private static final String WORKER = "hist-finder";

	private static final String MAPPING = """
			name: patrol-history
			key: 编号
			channel: PATROL
			reported: {column: 上报时间, format: "yyyy-MM-dd HH:mm", zone: Asia/Shanghai}
			closed: {column: 结案时间, format: "yyyy-MM-dd HH:mm", zone: Asia/Shanghai}
			status: {column: 状态, values: {已结案: CLOSED}}
			department: {column: 处置单位, values: {市政: municipal-works}}
			category: {column: 问题类型, values: {道路破损: "COMPONENT:0201"}}
			description: [描述]
			reportedBy: {column: 上报人, values: {张三: hist-finder}}
			""" + ImportFiles.PLACED;

	private static final String HEADER = "编号,上报时间,结案时间,状态,处置单位,问题类型,描述,上报人\n";

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatrolsPastReportsCountForTheWorkerWhoFoundThemAndNeverForTheImporter() {
		new CaseFixtures(api);
		worker();
		String run = "FND" + System.nanoTime() % 1_000_000 + "-";
		String csv = HEADER + row(run + "1", "张三") + row(run + "2", WORKER) + row(run + "3", "")
				+ row(run + "4", "查无此人");

		Response dryRun = upload("?dryRun=true", csv);
		assertThat(dryRun.status()).as(dryRun.body().toString()).isEqualTo(200);
		List<String> problems = new ArrayList<>();
		dryRun.body().path("problems").forEach(p -> problems.add(p.path("key").asString() + ":"
				+ p.path("column").asString() + ":" + p.path("reason").asString()));
		assertThat(problems).containsExactly(run + "4:上报人:no account '查无此人'");

		Response started = upload("", csv);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode job = ImportFiles.await(api, started.body().path("id").asLong());
		assertThat(job.path("rowsDone").asInt()).as(job.toString()).isEqualTo(3);

		assertThat(caseOf(run + "1").path("reportedBy").asString()).isEqualTo(WORKER);
		assertThat(caseOf(run + "2").path("reportedBy").asString()).isEqualTo(WORKER);
		JsonNode unnamed = caseOf(run + "3");
		assertThat(unnamed.path("reportedBy").isNull()).as(unnamed.toString()).isTrue();
		JsonNode report = unnamed.path("timeline").get(0);
		assertThat(report.path("action").asString()).isEqualTo("report");
		assertThat(report.path("role").asString()).as("entered by the importer, not reported by them")
			.isEqualTo("import");

		ModuleEvents.awaitTakenIn(jdbc, "assessment");
		Response workers = api.get("/api/v1/assessment/indicators?period=2007-06&objectType=worker");
		assertThat(workers.status()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		workers.body().path("rows").forEach(row -> rows.add(row.path("object").asString() + ":"
				+ row.path("values").path("reports").asString()));
		assertThat(rows).containsExactly(WORKER + ":2");
	}

	private void worker() {
		for (JsonNode account : api.get("/api/v1/accounts?text=" + WORKER).body().path("items")) {
			if (account.path("username").asString().equals(WORKER)) {
				return;
			}
		}
		Response account = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"张三","password":"%s","roles":["grid-worker"]}
				""".formatted(WORKER, TestStaff.PASSWORD));
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
	}

	private Response upload(String query, String csv) {
		return api.upload("/api/v1/imports" + query, "patrols.csv", csv.getBytes(StandardCharsets.UTF_8),
				"mappingDocument", MAPPING);
	}

	private static String row(String key, String reporter) {
		return String.join(",", key, "2007-06-04 09:15", "2007-06-05 16:40", "已结案", "市政", "道路破损", "井盖缺失", reporter)
				+ "\n";
	}

	private JsonNode caseOf(String key) {
		long id = jdbc.sql("SELECT id FROM case_report WHERE request_id = :id").param("id", "history:" + key)
			.query(Long.class).single();
		return api.get("/api/v1/cases/" + id).body();
	}
}
