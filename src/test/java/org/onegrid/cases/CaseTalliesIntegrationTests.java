package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The counts and briefs overview screens read: a case is counted for a reader whose scope reaches it and for nobody
 * else, by its street on the primary trail, and its brief says what a feed line shows and who may see it.
 */
@IntegrationTest
class CaseTalliesIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	CaseTallies tallies;

	@Autowired
	CaseBriefs briefs;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsACaseOnlyForReadersWhoseScopeReachesIt() {
		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2026-09-14T10:00");
		Instant from = clock.instant().minusSeconds(60);
		cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0203", CaseFixtures.LON,
				CaseFixtures.LAT, ""));
		Instant to = clock.instant().plusSeconds(60);
		Grant street = scoped("tally-street", Set.of("ops:S91"));
		Grant elsewhere = scoped("tally-elsewhere", Set.of("ops:NOWHERE"));

		assertThat(tallies.reportedByChannel(from, to, street).get("PATROL")).isEqualTo(1);
		assertThat(tallies.reportedByChannel(from, to, elsewhere).get("PATROL")).isZero();
		assertThat(tallies.topCategories(from, to, 5, street))
			.containsExactly(new CaseTallies.CategoryTally("COMPONENT", "0203", 1));
		assertThat(tallies.open(elsewhere).open()).isZero();
		assertThat(tallies.openByLevel("街道", street)).extracting(CaseTallies.GridTally::code).containsExactly("S91");
		assertThat(tallies.openByLevel("街道", elsewhere)).isEmpty();
		assertThat(tallies.openByLevel("街道", Grant.system("test")))
			.filteredOn(tally -> tally.code().equals("S91"))
			.singleElement()
			.satisfies(tally -> assertThat(tally.open()).isEqualTo(tallies.open(street).open()));
	}

	@Test
	void givesACaseInBriefWithWhatDecidesWhoSeesIt() {
		CaseFixtures cases = new CaseFixtures(api);
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		long id = reported.path("id").asLong();
		List<CaseBrief> found = briefs.of(List.of(id, -1L), "街道");
		assertThat(found).singleElement().satisfies(brief -> {
			assertThat(brief.caseNo()).isEqualTo(reported.path("caseNo").asString());
			assertThat(brief.street()).isEqualTo("一街道");
			assertThat(brief.gridKeys()).contains("ops:S91", "ops:M9111");
			assertThat(brief.reportedBy()).as("the account that entered it").isEqualTo("admin");
			assertThat(brief.channel()).isEqualTo(Channel.PATROL);
			assertThat(brief.description()).contains("Pothole");
		});
	}

	private static Grant scoped(String username, Set<String> gridKeys) {
		return new Grant(username, List.of("dispatcher"), null, Set.of("case:read"), false, gridKeys, Set.of(),
				Set.of(), false);
	}
}
