package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real data: 2,000 NYC 311 service requests (all created in 2011) imported as historical cases, each taken through
 * the real lifecycle under a clock set to its original times: reported, verified, accepted, filed and dispatched when
 * it was created, then signed for, fed back, checked and closed when it was closed. Agencies map to departments and
 * complaint types to categories by {@code nyc311/nyc311-mapping.json}. The year's closure rate and median handling
 * time of every agency's department must equal the figures worked out here straight from the CSV.
 */
@IntegrationTest
class AssessmentNyc311IntegrationTests {

	private static final DateTimeFormatter NYC = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** The end of 2011, as of which the year's figures are taken. */
	private static final LocalDateTime YEAR_END = LocalDateTime.parse("2012-01-01T00:00:00");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	record Request(String key, LocalDateTime created, LocalDateTime closed, String agency, String complaintType) {
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void closureRateAndMedianHandlingTimePerAgencyEqualThoseWorkedOutFromTheCsv() throws IOException {
		JsonNode mapping = TestApi.parse(resource("nyc311/nyc311-mapping.json"));
		List<Request> requests = requests(resource("nyc311/nyc311_2011-03_2000rows.csv"));
		assertThat(requests).hasSize(2000);
		CaseFixtures cases = new CaseFixtures(api);
		List<String> problems = new ArrayList<>();
		for (Request r : requests) {
			problems.addAll(importCase(cases, mapping, r));
		}
		assertThat(problems).containsExactly("19944912: closed (1900-01-01T00:00) before it was created; left open");

		clock.setShanghai("2016-01-01T00:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
		Response response = api.get("/api/v1/assessment/indicators?period=2011&objectType=department");
		assertThat(response.status()).isEqualTo(200);
		Map<String, List<String>> actual = new TreeMap<>();
		for (JsonNode row : response.body().path("rows")) {
			JsonNode values = row.path("values");
			actual.put(row.path("object").asString(), List.of(values.path("toHandle").asString(),
					AssessmentMonthIntegrationTests.number(values.path("closureRate")),
					AssessmentMonthIntegrationTests.number(values.path("medianHandlingHours"))));
		}
		Map<String, List<String>> expected = expected(requests, mapping.path("departments"));
		assertThat(expected).hasSize(13);
		assertThat(actual).isEqualTo(expected);
	}

	/** Closure rate and median handling time per agency, worked out from the CSV alone, keyed by its department. */
	private static Map<String, List<String>> expected(List<Request> requests, JsonNode departments) {
		Map<String, List<Request>> byAgency = new TreeMap<>();
		requests.forEach(r -> byAgency.computeIfAbsent(r.agency(), a -> new ArrayList<>()).add(r));
		Map<String, List<String>> expected = new TreeMap<>();
		byAgency.forEach((agency, rows) -> {
			List<Long> seconds = rows.stream()
				.filter(AssessmentNyc311IntegrationTests::closedInTheYear)
				.map(r -> Duration.between(r.created(), r.closed()).toSeconds())
				.sorted()
				.toList();
			String rate = new BigDecimal(seconds.size()).divide(new BigDecimal(rows.size()), 4, RoundingMode.HALF_UP)
				.stripTrailingZeros().toPlainString();
			expected.put(departments.path(agency).asString(), List.of(Integer.toString(rows.size()), rate,
					median(seconds)));
		});
		return expected;
	}

	private static boolean closedInTheYear(Request r) {
		return r.closed() != null && !r.closed().isBefore(r.created()) && r.closed().isBefore(YEAR_END);
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

	/** Takes one request through the lifecycle at its original times; returns what could not be imported as is. */
	private List<String> importCase(CaseFixtures cases, JsonNode mapping, Request r) {
		String[] category = mapping.path("categories").path(r.complaintType())
			.asString(mapping.path("defaultCategory").asString()).split(":");
		clock.setShanghai(LOCAL.format(r.created()));
		long id = cases.report(CaseFixtures.reportOf("HOTLINE_12345", category[0], category[1], CaseFixtures.LON,
				CaseFixtures.LAT, "\"channelDetails\":{\"ticketNo\":\"" + r.key() + "\"}")).path("id").asLong();
		cases.ok(id, "verify", "\"confirmed\":true");
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		cases.ok(id, "dispatch", "\"department\":\"" + mapping.path("departments").path(r.agency()).asString() + "\"");
		if (r.closed() == null) {
			return List.of();
		}
		if (r.closed().isBefore(r.created())) {
			return List.of(r.key() + ": closed (" + r.closed() + ") before it was created; left open");
		}
		clock.setShanghai(LOCAL.format(r.closed()));
		cases.ok(id, "sign", "");
		cases.ok(id, "feedback", "\"note\":\"已处理 / Done\"");
		cases.ok(id, "check", "\"passed\":true");
		cases.ok(id, "close", "\"conditionMet\":true");
		return List.of();
	}

	private static List<Request> requests(String csv) {
		List<List<String>> rows = Csv.parse(csv);
		List<String> header = rows.get(0);
		int key = header.indexOf("Unique Key");
		int created = header.indexOf("Created Date");
		int closed = header.indexOf("Closed Date");
		int agency = header.indexOf("Agency");
		int type = header.indexOf("Complaint Type");
		List<Request> requests = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			requests.add(new Request(row.get(key), LocalDateTime.parse(row.get(created), NYC),
					row.get(closed).isBlank() ? null : LocalDateTime.parse(row.get(closed), NYC), row.get(agency),
					row.get(type)));
		}
		return requests;
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = AssessmentNyc311IntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks. */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						cell.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\n') {
					row.add(cell.toString());
					cell.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					cell.append(c);
				}
			}
			if (cell.length() > 0 || !row.isEmpty()) {
				row.add(cell.toString());
				rows.add(row);
			}
			return rows;
		}
	}
}
