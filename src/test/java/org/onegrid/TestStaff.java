package org.onegrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.onegrid.TestApi.Response;

/**
 * People with accounts for tests, made through the API as an administrator: OneGrid refuses to send a case where
 * nobody could take it up, so a test district needs its handlers and dispatchers as a real one does.
 */
public final class TestStaff {

	/** The password of every account made here. */
	public static final String PASSWORD = "test-staff-password";

	private TestStaff() {
	}

	/** A handler with an account ({@code handler-<department>}) for each department, unless one exists. */
	public static synchronized void handlersFor(TestApi api, String... departments) {
		unit(api, "test-departments", "部门测试单位", "DISTRICT", null, null, null);
		for (String department : departments) {
			person(api, "handler-" + department, "test-departments", department, "handler");
		}
	}

	/**
	 * A unit bound to {@code grid} of {@code layer}, unless it exists, with one person and account
	 * ({@code <role>-<unit code>}) in each role.
	 */
	public static synchronized void unitWith(TestApi api, String code, String kind, String parent, String layer,
			String grid, String... roles) {
		unit(api, code, code, kind, parent, layer, grid);
		for (String role : roles) {
			person(api, role + "-" + code.toLowerCase(Locale.ROOT), code, null, role);
		}
	}

	private static void unit(TestApi api, String code, String name, String kind, String parent, String layer,
			String grid) {
		if (api.get("/api/v1/units/" + code).status() == 200) {
			return;
		}
		Response unit = api.put("/api/v1/units/" + code, """
				{"name":"%s","kind":"%s","parentCode":%s,"layerCode":%s,"gridCode":%s}
				""".formatted(name, kind, quoted(parent), quoted(layer), quoted(grid)));
		assertThat(unit.status()).as(unit.body().toString()).isIn(200, 201);
	}

	private static void person(TestApi api, String username, String unit, String department, String role) {
		for (var account : api.get("/api/v1/accounts?size=200&text=" + username).body().path("items")) {
			if (account.path("username").asString().equals(username)) {
				return;
			}
		}
		Response person = api.post("/api/v1/people", """
				{"name":"%s","unitCode":"%s","departmentCode":%s,"roles":["%s"]}
				""".formatted(username, unit, quoted(department), role));
		assertThat(person.status()).as(person.body().toString()).isEqualTo(201);
		Response account = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"%s","password":"%s","roles":["%s"],"personId":%d}
				""".formatted(username, username, PASSWORD, role, person.body().path("id").asLong()));
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}
}
