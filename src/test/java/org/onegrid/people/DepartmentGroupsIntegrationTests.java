package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department's groups through the organisation API: a group names its parent and the categories it takes, and
 * every way of getting that wrong is refused field by field with nothing written. Departments whose codes start with
 * {@code grp-} are this class's own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentGroupsIntegrationTests {

	@Autowired
	TestApi api;

	private final List<String> minors = new ArrayList<>();

	@BeforeAll
	void findsTwoCategoriesAndAnOffice() {
		api.get("/api/v1/catalogue/categories?kind=COMPONENT").body()
			.forEach(major -> major.path("minorClasses").forEach(minor -> minors.add(minor.path("code").asString())));
		assertThat(minors).hasSizeGreaterThanOrEqualTo(2);
		put("grp-office", "{\"nameZh\":\"市场监管所\",\"nameEn\":\"Market office\"}", 201);
	}

	@Test
	void aGroupBelongsToItsOfficeAndTakesItsCategories() {
		put("grp-supervision", """
				{"nameZh":"监管组","nameEn":"Supervision group","parentCode":"grp-office","categories":["%s"]}"""
			.formatted(minors.get(0)), 201);
		var group = api.get("/api/v1/departments/grp-supervision").body();
		assertThat(group.path("parentCode").asString()).isEqualTo("grp-office");
		assertThat(group.path("categories").get(0).asString()).isEqualTo(minors.get(0));
		assertThat(api.get("/api/v1/departments/grp-office").body().path("parentCode").isNull()).isTrue();
	}

	@Test
	void refusesAGroupThatCannotBeRoutedToAndWritesNothing() {
		put("grp-first", """
				{"nameZh":"一组","nameEn":"First group","parentCode":"grp-office","categories":["%s"]}"""
			.formatted(minors.get(1)), 201);
		Response taken = api.put("/api/v1/departments/grp-second", """
				{"nameZh":"二组","nameEn":"Second group","parentCode":"grp-office","categories":["%s","9999","%s",null]}"""
			.formatted(minors.get(1), minors.get(1)));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(fields(taken)).containsExactly("categories[0]", "categories[1]", "categories[2]", "categories[3]");
		assertThat(codes(taken)).containsExactly("TAKEN", "UNKNOWN", "DUPLICATE", "REQUIRED");
		assertThat(api.get("/api/v1/departments/grp-second").status()).isEqualTo(404);

		Response nested = api.put("/api/v1/departments/grp-nested",
				"{\"nameZh\":\"子组\",\"nameEn\":\"Sub-group\",\"parentCode\":\"grp-first\"}");
		assertThat(codes(nested)).containsExactly("NESTED");
		Response orphan = api.put("/api/v1/departments/grp-orphan", """
				{"nameZh":"孤组","nameEn":"Orphan","parentCode":"grp-nosuch"}""");
		assertThat(codes(orphan)).containsExactly("UNKNOWN");
		Response ungrouped = api.put("/api/v1/departments/grp-loose", """
				{"nameZh":"散组","nameEn":"Loose","categories":["%s"]}""".formatted(minors.get(0)));
		assertThat(fields(ungrouped)).containsExactly("categories");
		Response demoted = api.put("/api/v1/departments/grp-office",
				"{\"nameZh\":\"市场监管所\",\"nameEn\":\"Market office\",\"parentCode\":\"grp-first\"}");
		assertThat(codes(demoted)).containsExactly("NESTED");
		Response self = api.put("/api/v1/departments/grp-first",
				"{\"nameZh\":\"一组\",\"nameEn\":\"First group\",\"parentCode\":\"grp-first\"}");
		assertThat(codes(self)).containsExactly("SELF");
		assertThat(api.get("/api/v1/departments/grp-office").body().path("parentCode").isNull()).isTrue();
	}

	private static List<String> codes(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		List<String> codes = new ArrayList<>();
		response.body().path("errors").forEach(error -> codes.add(error.path("code").asString()));
		return codes;
	}

	private void put(String code, String body, int status) {
		Response response = api.put("/api/v1/departments/" + code, body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
	}
}
