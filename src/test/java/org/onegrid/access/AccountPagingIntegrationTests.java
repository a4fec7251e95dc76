package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators page through the accounts by username and search them by name; bad paging is refused field by
 * field, and nobody else may list them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagingIntegrationTests {

	private static final String PASSWORD = "paging-password";

	@Autowired
	TestApi api;

	@BeforeAll
	void createAccounts() {
		for (int i = 0; i < 25; i++) {
			create("pager-%02d".formatted(i), "翻页测试 " + i, "dispatcher");
		}
		create("pager-plain", "Plain Pager", "dispatcher");
	}

	private void create(String username, String name, String role) {
		Response created = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"%s","password":"%s","roles":["%s"]}
				""".formatted(username, name, PASSWORD, role));
		assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
	}

	@Test
	void pagesTheSearchedAccountsByUsername() {
		Response first = api.get("/api/v1/accounts?text=pager-&size=10");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("total").asLong()).isEqualTo(26);
		assertThat(first.body().path("items").findValuesAsString("username")).hasSize(10)
			.startsWith("pager-00", "pager-01");
		Response third = api.get("/api/v1/accounts?text=pager-&size=10&page=2");
		assertThat(third.body().path("page").asInt()).isEqualTo(2);
		assertThat(third.body().path("items").findValuesAsString("username"))
			.containsExactly("pager-20", "pager-21", "pager-22", "pager-23", "pager-24", "pager-plain");
	}

	@Test
	void searchesDisplayNamesWhateverTheirCase() {
		Response found = api.get("/api/v1/accounts?text=plain pager");
		assertThat(found.body().path("items").findValuesAsString("username")).containsExactly("pager-plain");
		assertThat(api.get("/api/v1/accounts?text=翻页测试 7").body().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void servesTwentyAccountsAPageUnlessAsked() {
		Response page = api.get("/api/v1/accounts?text=pager-");
		assertThat(page.body().path("size").asInt()).isEqualTo(20);
		assertThat(page.body().path("items")).hasSize(20);
	}

	@Test
	void refusesBadPagingFieldByField() {
		Response refused = api.get("/api/v1/accounts?size=0&page=-1");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("size", "page");
		assertThat(api.get("/api/v1/accounts?size=201").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/accounts?page=501&size=20").body().path("errors").findValuesAsString("field"))
			.containsExactly("page");
		assertThat(api.get("/api/v1/accounts?page=many").status()).isEqualTo(400);
	}

	@Test
	void listsAccountsOnlyForAccountAdministrators() {
		TestApi dispatcher = api.as("pager-plain", PASSWORD);
		assertThat(dispatcher.get("/api/v1/accounts?page=0").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/accounts").status()).isEqualTo(401);
	}
}
