package org.onegrid.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.cases.CaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A hotline's export that kept the citizen's answer at the callback (回访满意度) brings it in: a closed case with an
 * answer is evaluated at its close, one without stays closed, and an answer on an open case or one the mapping does
 * not know is that row's problem; a row whose status the mapping does not know has that one problem. The answer
 * counts when the citizen gave it, if the export kept the callback's time, and at the close otherwise. A mapping
 * whose default is not one of the allowed values is refused.
 */
@IntegrationTest
class HistorySatisfactionIntegrationTests {

	private static final String MAPPING = """
			name: hotline-with-callbacks
			key: 工单编号
			channel: HOTLINE_12345
			details:
			  ticketNo: 工单编号
			reported: {column: 来电时间, format: "yyyy-MM-dd HH:mm", zone: Asia/Shanghai}
			closed: {column: 办结时间, format: "yyyy-MM-dd HH:mm", zone: Asia/Shanghai}
			status: {column: 状态, values: {已办结: CLOSED, 办理中: HANDLING}}
			department: {column: 承办单位, values: {市政: municipal-works}}
			category: {column: 问题类型, values: {道路破损: "COMPONENT:0201"}}
			description: [诉求内容]
			satisfaction: {column: 满意度, values: {满意: SATISFIED, 基本满意: MOSTLY_SATISFIED, 不满意: DISSATISFIED}}
			evaluated: {column: 回访时间, format: "yyyy-MM-dd HH:mm", zone: Asia/Shanghai}
			""" + ImportFiles.PLACED;

	private static final String HEADER = "工单编号,来电时间,办结时间,状态,承办单位,问题类型,诉求内容,满意度,回访时间\n";

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void district() {
		new CaseFixtures(api);
	}

	@Test
	void aClosedCasesAnswerAtTheCallbackIsKeptAndABadOneIsThatRowsProblem() {
		String run = "SAT" + System.nanoTime() % 1_000_000 + "-";
		String csv = HEADER + row(run + "1", "已办结", "满意", "2009-04-01 10:00") + row(run + "2", "已办结", "不满意", "")
				+ row(run + "3", "已办结", "", "2009-03-04 09:00") + row(run + "4", "办理中", "满意", "")
				+ row(run + "5", "已办结", "很好", "") + row(run + "6", "已撤销", "满意", "")
				+ row(run + "7", "已办结", "满意", "2009-03-03 08:00") + row(run + "8", "已办结", "满意", "2099-01-01 08:00");

		Response dryRun = upload("?dryRun=true", csv, MAPPING);
		assertThat(dryRun.status()).as(dryRun.body().toString()).isEqualTo(200);
		List<String> problems = new ArrayList<>();
		dryRun.body().path("problems").forEach(p -> problems.add(p.path("key").asString() + ":"
				+ p.path("column").asString() + ":" + p.path("reason").asString()));
		assertThat(problems.remove(problems.size() - 1)).as("a callback not made yet")
			.startsWith(run + "8:回访时间:a time of the past is later than now (2099-01-01T00:00:00Z is after ");
		assertThat(problems).containsExactly(run + "4:满意度:an answer from a callback, but the case is not closed",
				run + "5:满意度:'很好' is not in the mapping's values", run + "6:状态:'已撤销' is not in the mapping's values",
				run + "7:回访时间:called back (2009-03-03T00:00:00Z) before it was closed (2009-03-03T08:40:00Z)");

		Response started = upload("", csv, MAPPING);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode job = ImportFiles.await(api, started.body().path("id").asLong());
		assertThat(job.path("rowsDone").asInt()).as(job.toString()).isEqualTo(3);
		assertThat(job.path("rowsFailed").asInt()).isEqualTo(5);

		JsonNode satisfied = caseOf(run + "1");
		assertThat(satisfied.path("state").asString()).isEqualTo("EVALUATED");
		assertThat(satisfied.path("satisfaction").asString()).isEqualTo("SATISFIED");
		assertThat(evaluatedAt(satisfied)).as("at the callback, in the next month").isEqualTo("2009-04-01T02:00:00Z");
		JsonNode dissatisfied = caseOf(run + "2");
		assertThat(dissatisfied.path("satisfaction").asString()).isEqualTo("DISSATISFIED");
		assertThat(evaluatedAt(dissatisfied)).as("no callback time: at the close").isEqualTo("2009-03-03T08:40:00Z");
		JsonNode unanswered = caseOf(run + "3");
		assertThat(unanswered.path("state").asString()).isEqualTo("CLOSED");
		assertThat(unanswered.path("satisfaction").isNull()).isTrue();
	}

	@Test
	void aDefaultThatIsNotAnAllowedValueIsRefusedNamingTheField() {
		String bad = MAPPING.replace("不满意: DISSATISFIED}}", "不满意: DISSATISFIED}, default: GREAT}")
			.replace("办理中: HANDLING}}", "办理中: HANDLING}, default: FINISHED}");
		Response response = upload("?dryRun=true", HEADER + row("SAT-BAD", "已办结", "满意", ""), bad);

		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("mapping.satisfaction.default", "mapping.status.default");
	}

	private Response upload(String query, String csv, String mapping) {
		return api.upload("/api/v1/imports" + query, "callbacks.csv", csv.getBytes(StandardCharsets.UTF_8),
				"mappingDocument", mapping);
	}

	private static String row(String key, String status, String answer, String calledBack) {
		return String.join(",", key, "2009-03-02 09:15", status.equals("已办结") ? "2009-03-03 16:40" : "", status, "市政",
				"道路破损", "路面坑洞", answer, calledBack) + "\n";
	}

	private static String evaluatedAt(JsonNode c) {
		List<String> at = new ArrayList<>();
		c.path("timeline").forEach(entry -> {
			if (entry.path("action").asString().equals("evaluate")) {
				at.add(entry.path("at").asString());
			}
		});
		assertThat(at).hasSize(1);
		return at.get(0);
	}

	private JsonNode caseOf(String key) {
		long id = jdbc.sql("SELECT id FROM case_report WHERE request_id = :id").param("id", "history:" + key)
			.query(Long.class).single();
		return api.get("/api/v1/cases/" + id).body();
	}
}
