package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A caller names an address an earlier caller named: the operator types part of it and is offered the addresses of
 * past cases holding every word, those that begin with the text first, each with how many cases were reported there
 * and the point of the latest, and only from the cases the operator may read.
 */
@IntegrationTest
class PastAddressesIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	PastAddresses addresses;

	private final String tag = "Ad" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

	@Test
	void findsTheAddressesOfEarlierCasesByAnyOfTheirWordsTheClosestMatchFirst() {
		CaseFixtures cases = new CaseFixtures(api);
		report(cases, tag + "荣乐东路 12号", 40.101, 0.001);
		report(cases, tag + "荣乐东路 12号", 40.102, 0.002);
		report(cases, "松江区" + tag + "荣乐东路 12号 东门", 40.103, 0.003);
		report(cases, tag + "新凯路 5号", 40.104, 0.004);
		report(cases, tag + "荣乐东路_100%", 40.12, 0.02);

		JsonNode found = ok(api.get("/api/v1/cases/addresses?q=" + tag.toLowerCase() + " 12号"));
		assertThat(found).extracting(one -> one.path("address").asString())
			.as("every word, any case; those that begin with the text first, then the most cases")
			.containsExactly(tag + "荣乐东路 12号", "松江区" + tag + "荣乐东路 12号 东门");
		assertThat(found.get(0).path("cases").asLong()).isEqualTo(2);
		assertThat(found.get(0).path("open").asLong()).isEqualTo(2);
		assertThat(found.get(0).path("lon").asDouble()).as("where the latest case there stands").isEqualTo(40.102);
		assertThat(found.get(0).path("lat").asDouble()).isEqualTo(0.002);
		assertThat(found.get(0).path("lastReportedAt").asString()).isNotBlank();

		Grant all = Grant.system("address-test");
		assertThat(addresses.find(tag + "荣乐东路_1", 10, all)).as("an underscore is a character, not a wildcard")
			.extracting(PastAddress::address).containsExactly(tag + "荣乐东路_100%");
		assertThat(addresses.find(tag + "%5", 10, all)).as("nor is a percent sign").isEmpty();
		assertThat(ok(api.get("/api/v1/cases/addresses?q=" + tag + "&limit=1"))).hasSize(1);
	}

	@Test
	void countsOnlyTheCasesTheReaderMayRead() {
		CaseFixtures cases = new CaseFixtures(api);
		report(cases, tag + "人民路 8号", 40.101, 0.001);
		report(cases, tag + "人民路 8号", 40.12, 0.02);

		List<PastAddress> inGrid = addresses.find(tag + "人民路", 10, scoped("ops:M9111"));
		assertThat(inGrid).hasSize(1);
		assertThat(inGrid.get(0).cases()).as("the case outside the reader's grid does not count").isEqualTo(1);
		assertThat(inGrid.get(0).lon()).isEqualTo(40.101);
		assertThat(addresses.find(tag + "人民路", 10, scoped("ops:S99"))).isEmpty();
		assertThat(addresses.find(tag + "人民路", 10, Grant.system("address-test")).get(0).cases()).isEqualTo(2);
	}

	@Test
	void refusesABadSearchFieldByField() {
		assertThat(errors(api.get("/api/v1/cases/addresses?limit=0"), 400))
			.containsExactlyInAnyOrder("q:REQUIRED", "limit:OUT_OF_RANGE");
		assertThat(errors(api.get("/api/v1/cases/addresses?q=" + "长".repeat(101) + "&limit=51"), 400))
			.containsExactlyInAnyOrder("q:SIZE", "limit:OUT_OF_RANGE");
		assertThat(api.get("/api/v1/cases/addresses?q=x&limit=many").status()).isEqualTo(400);
	}

	private static void report(CaseFixtures cases, String address, double lon, double lat) {
		cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", lon, lat,
				"\"address\":\"" + address + "\""));
	}

	private static JsonNode ok(TestApi.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static Grant scoped(String gridKey) {
		return new Grant("address-reader", List.of("dispatcher"), null, Set.of("case:read"), false, Set.of(gridKey),
				Set.of(), Set.of(), false);
	}
}
