package org.onegrid.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets a personal API token for the load generator the way an integration would: sign in to a session (with the
 * CSRF cookie the server sets), make a token, and send it as {@code Authorization: Bearer} from then on.
 */
final class BenchLogin {

	/** The admin password {@code run.sh} starts the server with; a benchmark database only. */
	static final String PASSWORD = "bench-admin-password";

	private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

	private BenchLogin() {
	}

	/** An API token of the bench's admin. */
	static String token(String base) throws Exception {
		return token(base, "admin");
	}

	/** An API token of the account, signed in with the bench's password. */
	static String token(String base, String username) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).build(),
				HttpResponse.BodyHandlers.discarding());
		String csrf = cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
		send(client, base + "/api/v1/auth/login", csrf, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
				+ "\"}");
		String answer = send(client, base + "/api/v1/auth/tokens", csrf, "{\"name\":\"intake benchmark\",\"days\":1}");
		Matcher secret = SECRET.matcher(answer);
		if (!secret.find()) {
			throw new IllegalStateException("no token in " + answer);
		}
		return secret.group(1);
	}

	private static String send(HttpClient client, String url, String csrf, String json) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}
}
