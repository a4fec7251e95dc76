package org.onegrid.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.cases.CaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real data through the real door: 2,000 NYC 311 service requests of March 2011, imported by the shipped NYC 311
 * mapping as a district's past cases would be, then assessed. The year's cases to handle, closure rate and median
 * handling time of every agency's department must equal the figures worked out here straight from the CSV, with
 * the CSV's New York times read as instants and the year ending at midnight in the district's own zone.
 */
@IntegrationTest
class HistoryAssessmentIntegrationTests {

	private static final DateTimeFormatter NYC = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** The end of 2011 in the district's zone, as of which the year's figures are taken. */
	private static final Instant YEAR_END = LocalDateTime.parse("2012-01-01T00:00:00")
		.atZone(ZoneId.of("Asia/Shanghai")).toInstant();

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	record Request(String key, Instant created, Instant closed, String agency, String status) {
	}

	@Test
	void everyDepartmentsYearEqualsTheFiguresWorkedOutFromTheImportedCsv() throws IOException {
		new CaseFixtures(api);
		String csv = ImportFiles.resource("nyc311/nyc311_2011-03_2000rows.csv");
		String mapping = ImportFiles.nycMapping();
		Response started = api.upload("/api/v1/imports", "nyc311.csv", csv.getBytes(StandardCharsets.UTF_8),
				"mappingDocument", mapping);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode job = ImportFiles.await(api, started.body().path("id").asLong());
		assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.path("rowsFailed").asInt()).isEqualTo(1);
		assertThat(job.path("problems").get(0).path("key").asString()).isEqualTo("19944912");

		ModuleEvents.awaitTakenIn(jdbc, "assessment");
		Response response = api.get("/api/v1/assessment/indicators?period=2011&objectType=department");
		assertThat(response.status()).isEqualTo(200);
		Map<String, List<String>> actual = new TreeMap<>();
		for (JsonNode row : response.body().path("rows")) {
			JsonNode values = row.path("values");
			actual.put(row.path("object").asString(), List.of(values.path("toHandle").asString(),
					number(values.path("closureRate")), number(values.path("medianHandlingHours"))));
		}
		Map<String, List<String>> expected = expected(requests(csv), departments(mapping));
		assertThat(expected).hasSize(13);
		assertThat(actual).isEqualTo(expected);

		for (String type : List.of("operator", "worker")) {
			Response people = api.get("/api/v1/assessment/indicators?period=2011&objectType=" + type);
			assertThat(people.status()).isEqualTo(200);
			assertThat(people.body().path("rows")).as("the importer's %s figures: the imported steps were not "
					+ "their work", type).noneMatch(row -> row.path("object").asString().equals("admin"));
		}
	}

	/** Cases to handle, closure rate and median handling time per agency, from the CSV alone, keyed by department. */
	private static Map<String, List<String>> expected(List<Request> requests, Map<String, String> departments) {
		Map<String, List<Request>> byAgency = new TreeMap<>();
		requests.stream()
			.filter(r -> r.closed() == null || !r.closed().isBefore(r.created()))
			.forEach(r -> byAgency.computeIfAbsent(r.agency(), a -> new ArrayList<>()).add(r));
		Map<String, List<String>> expected = new TreeMap<>();
		byAgency.forEach((agency, rows) -> {
			List<Long> seconds = rows.stream()
				.filter(r -> r.status().equals("Closed") && r.closed().isBefore(YEAR_END))
				.map(r -> Duration.between(r.created(), r.closed()).toSeconds())
				.sorted()
				.toList();
			String rate = new BigDecimal(seconds.size()).divide(new BigDecimal(rows.size()), 4, RoundingMode.HALF_UP)
				.stripTrailingZeros().toPlainString();
			expected.put(departments.get(agency), List.of(Integer.toString(rows.size()), rate, median(seconds)));
		});
		return expected;
	}

	private static String median(List<Long> seconds) {
		if (seconds.isEmpty()) {
			return "null";
		}
		int n = seconds.size();
		BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(seconds.get(n / 2))
				: BigDecimal.valueOf(seconds.get(n / 2 - 1) + seconds.get(n / 2)).divide(BigDecimal.valueOf(2));
		return middle.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static List<Request> requests(String csv) {
		List<List<String>> rows = Csv.parse(csv);
		List<String> header = rows.get(0);
		int key = header.indexOf("Unique Key");
		int created = header.indexOf("Created Date");
		int closed = header.indexOf("Closed Date");
		int agency = header.indexOf("Agency");
		int status = header.indexOf("Status");
		List<Request> requests = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			requests.add(new Request(row.get(key), instant(row.get(created)),
					row.get(closed).isBlank() ? null : instant(row.get(closed)), row.get(agency), row.get(status)));
		}
		return requests;
	}

	/** The agency-to-department lines of the shipped mapping's {@code department.values} block. */
	private static Map<String, String> departments(String mapping) {
		Map<String, String> departments = new TreeMap<>();
		String block = mapping.substring(mapping.indexOf("department:"), mapping.indexOf("category:"));
		block.lines().filter(line -> line.startsWith("    ")).forEach(line -> {
			String[] pair = line.strip().split(":\\s*");
			departments.put(pair[0], pair[1]);
		});
		return departments;
	}

	private static Instant instant(String nyc) {
		return LocalDateTime.parse(nyc, NYC).atZone(NEW_YORK).toInstant();
	}

	private static String number(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? "null"
				: new BigDecimal(node.asString()).stripTrailingZeros().toPlainString();
	}
}
