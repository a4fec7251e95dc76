package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.onegrid.TestApi;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.SignIn;

/**
 * What the Open311 tests share: a grid layer of their own ({@code o311}, one district at 46.00–46.05° E,
 * 0–0.05° N, far from every other test's grids) and the api_keys of two client accounts, one that may create
 * cases (a citizen app) and one that may not (a dispatcher's account).
 */
final class Open311Clients {

	/** Inside the layer's district. */
	static final String LAT = "0.01";

	static final String LONG = "46.01";

	private static String reportingKey;

	private static String readOnlyKey;

	private Open311Clients() {
	}

	static synchronized void prepare(TestApi api, AccountDirectory accounts, SignIn signIn, ApiTokenIssuer tokens) {
		if (reportingKey != null) {
			return;
		}
		api.post("/api/v1/layers", """
				{"code":"o311","name":"开放接口测试层","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""");
		TestApi.Response imported = api.post("/api/v1/layers/o311/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"O3","name":"开放区","parent":null,"level":"区"},
				 "geometry":{"type":"Polygon","coordinates":[[[46,0],[46.05,0],[46.05,0.05],[46,0.05],[46,0]]]}}]}
				""");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		reportingKey = keyOf("open311-app", "citizen", accounts, signIn, tokens);
		readOnlyKey = keyOf("open311-dispatch", "dispatcher", accounts, signIn, tokens);
	}

	static String reportingKey() {
		return reportingKey;
	}

	static String readOnlyKey() {
		return readOnlyKey;
	}

	private static String keyOf(String username, String role, AccountDirectory accounts, SignIn signIn,
			ApiTokenIssuer tokens) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, "open311-password", List.of(role),
				null, true), "test", false);
		return tokens.issue(signIn.authenticate(username, "open311-password"), "open311", 30).secret();
	}
}
