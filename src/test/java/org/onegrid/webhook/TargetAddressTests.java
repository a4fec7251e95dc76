package org.onegrid.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TargetAddressTests {

	@Test
	void refusesAddressesInsideTheServersOwnNetworksUnlessAllowed() {
		for (String url : new String[] { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/",
			"http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
			"http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/hook", "http://[fd00::1]/hook",
			"http://[fe80::1]/hook", "http://[::ffff:127.0.0.1]/hook" }) {
			assertThat(code(url, false)).as(url).contains("PRIVATE_ADDRESS");
			assertThat(code(url, true)).as(url + " when allowed").isEmpty();
		}
	}

	@Test
	void acceptsPublicHttpAndHttpsAddresses() {
		assertThat(code("https://203.0.113.7/hook", false)).isEmpty();
		assertThat(code("http://8.8.8.8:8080/onegrid?x=1", false)).isEmpty();
	}

	@Test
	void refusesOtherSchemesUserInformationAndMissingHosts() {
		assertThat(code("ftp://203.0.113.7/hook", true)).contains("SCHEME");
		assertThat(code("file:///etc/passwd", true)).contains("SCHEME");
		assertThat(code("https://user:secret@203.0.113.7/", true)).contains("USER_INFO");
		assertThat(code("https:///hook", true)).contains("INVALID_URL");
		assertThat(code("https://203.0.113.7/a b", true)).contains("INVALID_URL");
	}

	private static Optional<String> code(String url, boolean allowPrivate) {
		return TargetAddress.refusal(url, allowPrivate).map(refusal -> refusal[0]);
	}
}
