package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A token's last use is noted once a minute at most, so that an integration's parallel calls with one token only
 * read it; a revoked token still stops at once.
 */
@IntegrationTest
class ApiTokenUseIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ApiTokenIssuer tokens;

	@Autowired
	SignIn signIn;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void notesATokensUseOnceAMinuteAndStillStopsARevokedOneAtOnce() {
		accounts.create(new AccountDirectory.AccountRequest("token-use", "令牌使用", "token-use-password",
				List.of("dispatcher"), null, true), "test", false);
		Caller owner = signIn.authenticate("token-use", "token-use-password");
		clock.setShanghai("2026-11-04T09:00");
		var issued = tokens.issue(owner, "hotline", 30);
		assertThat(lastUsed(owner)).isNull();

		assertThat(api.withToken(issued.secret()).get("/api/v1/auth/me").status()).isEqualTo(200);
		Instant first = clock.instant();
		assertThat(lastUsed(owner)).isEqualTo(first);

		clock.advance(Duration.ofSeconds(30));
		assertThat(api.withToken(issued.secret()).get("/api/v1/auth/me").status()).isEqualTo(200);
		assertThat(lastUsed(owner)).as("within the minute, the use is not noted again").isEqualTo(first);

		clock.advance(Duration.ofSeconds(31));
		assertThat(api.withToken(issued.secret()).get("/api/v1/auth/me").status()).isEqualTo(200);
		assertThat(lastUsed(owner)).isEqualTo(clock.instant());

		tokens.revoke(owner, issued.token().id());
		assertThat(api.withToken(issued.secret()).get("/api/v1/auth/me").status()).isEqualTo(401);
	}

	private Instant lastUsed(Caller owner) {
		return tokens.of(owner).get(0).lastUsedAt();
	}
}
