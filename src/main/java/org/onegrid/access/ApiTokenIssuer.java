package org.onegrid.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.access.internal.Accounts;
import org.onegrid.access.internal.ApiTokens;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens for integrations. The secret is shown once when the token is made; only its SHA-256 hash is
 * stored. A token acts for its account, with the account's roles as they are at each call, until it expires or its
 * owner revokes it; it stops at once when revoked, does not act while the account is disabled or locked, and a new
 * password revokes every token made before it.
 */
@Service
public class ApiTokenIssuer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final AccessProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenIssuer(ApiTokens tokens, Accounts accounts, AccessProperties properties, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new token and its secret, which is never shown again. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	public IssuedToken issue(Caller owner, String name, Integer days) {
		Fields.failIfAny(checks(name, days));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = "og_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant();
		int life = days == null ? 90 : days;
		long id = tokens.create(owner.accountId(), name.strip(), hash(secret), secret.substring(0, 7), now,
				now.plus(Duration.ofDays(life)));
		audit.record(owner.username(), "token-created", name.strip(), Map.of("tokenId", id, "days", life));
		ApiToken token = tokens.ofAccount(owner.accountId()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
		return new IssuedToken(token, secret);
	}

	public List<ApiToken> of(Caller owner) {
		return tokens.ofAccount(owner.accountId());
	}

	public void revoke(Caller owner, long id) {
		if (!tokens.revoke(owner.accountId(), id, clock.instant())) {
			throw ApiProblem.notFound("Live API token", Long.toString(id));
		}
		audit.record(owner.username(), "token-revoked", Long.toString(id), Map.of());
	}

	/**
	 * The caller a live token acts for, if the secret is one: for a bearer header, or for an interface whose spec
	 * passes the key as a request field, such as Open311's {@code api_key}.
	 */
	public Optional<Caller> authenticate(String secret) {
		if (secret == null || !secret.startsWith("og_") || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.accountOf(hash(secret), now)
			.flatMap(accounts::standing)
			.filter(standing -> standing.allowsAt(now))
			.map(standing -> SignIn.callerOf(standing.account()));
	}

	private List<Violation> checks(String name, Integer days) {
		List<Violation> violations = new ArrayList<>();
		Fields.text(name, "name", Fields.MAX_NAME, violations);
		if (days != null && (days < 1 || days > properties.tokenMaxDays())) {
			violations.add(new Violation("days", "OUT_OF_RANGE",
					"a token lives 1 to " + properties.tokenMaxDays() + " days"));
		}
		return violations;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
