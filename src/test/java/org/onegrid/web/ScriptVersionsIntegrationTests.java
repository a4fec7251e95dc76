package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onegrid.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through the real servlet container: a page names each of OneGrid's scripts and styles by its version, its import
 * map sends every import of those scripts to the same versioned addresses, and a file asked for by its current version
 * may be kept for a year, while one asked for by a version that is not (or no longer) its own must be checked again.
 */
@IntegrationTest
class ScriptVersionsIntegrationTests {

	private static final Pattern OWN_FILE = Pattern.compile("(?:src|href)=\"(/app/[^\"]+)\"");

	private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>");

	private static final Pattern ON_DEMAND = Pattern.compile("<meta name=\"modules-on-demand\" content=\"([^\"]*)\">");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/mobile.html", "/", "/map.html" })
	void namesEveryOwnScriptByItsVersionAndMapsItsImportsThere(String page) throws Exception {
		HttpResponse<String> answer = get(page, Map.of());
		String html = answer.body();

		Matcher map = IMPORT_MAP.matcher(html);
		assertThat(map.find()).as("an import map in " + page).isTrue();
		String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
			.digest(map.group(1).getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow())
			.as("the policy admits this import map and no other inline script")
			.contains("script-src 'self' 'sha256-" + hash + "';");
		assertThat(map.start()).as("the import map comes before any script").isLessThan(html.indexOf("<script type=\"module\""))
			.isLessThan(html.indexOf("<link rel=\"modulepreload\""));
		Map<String, Object> imports = JsonMapper.builder().build().readValue(map.group(1), Map.class);
		@SuppressWarnings("unchecked")
		Map<String, String> versioned = (Map<String, String>) imports.get("imports");
		List<String> named = new ArrayList<>();
		OWN_FILE.matcher(html).results().forEach(file -> named.add(file.group(1)));
		Matcher later = ON_DEMAND.matcher(html);
		if (later.find()) {
			named.addAll(List.of(later.group(1).split(" ")));
		}
		assertThat(named).isNotEmpty().allMatch(address -> address.matches("/app/[^?]+\\?v=[0-9a-f]{12}"));
		for (String address : named.stream().filter(address -> address.contains(".js?")).toList()) {
			assertThat(versioned).as("the import map sends imports of " + address + " there")
				.containsEntry(address.substring(0, address.indexOf('?')), address);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/mobile.html", "/" })
	void letsABrowserKeepAFileByItsCurrentVersionOnly(String page) throws Exception {
		Matcher file = OWN_FILE.matcher(get(page, Map.of()).body());
		List<String> addresses = new ArrayList<>();
		while (file.find()) {
			addresses.add(file.group(1));
		}
		assertThat(addresses).isNotEmpty();
		for (String address : addresses) {
			HttpResponse<String> current = get(address, Map.of());
			assertThat(current.statusCode()).as(address).isEqualTo(200);
			assertThat(current.headers().firstValue("Cache-Control")).as(address)
				.hasValue("public, max-age=31536000, immutable");
		}
		String path = addresses.get(0).substring(0, addresses.get(0).indexOf('?'));
		HttpResponse<String> stale = get(path + "?v=000000000000", Map.of());
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(get(path, Map.of()).headers().firstValue("Cache-Control").orElse(""))
			.doesNotContain("immutable");
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
