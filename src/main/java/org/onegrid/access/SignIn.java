package org.onegrid.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onegrid.access.internal.Accounts;
import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, with lockout: {@code lockoutThreshold} failures within {@code lockoutWindow} lock
 * the account for {@code lockoutDuration}, during which even the right password is refused. Every attempt is
 * audited. The answer to a failure never says whether the username exists.
 */
@Service
public class SignIn {

	private static final String REFUSED = "用户名或密码错误 / Wrong username or password";

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AccessProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	/** A hash of a random secret, checked for unknown usernames so that timing does not tell they are unknown. */
	private final String dummyHash;

	SignIn(Accounts accounts, PasswordEncoder passwords, AccessProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/** The caller for the credentials; a 401 problem when they are wrong or the account is locked or disabled. */
	public Caller authenticate(String username, String password) {
		Instant now = clock.instant();
		Optional<Accounts.Stored> found = username == null ? Optional.empty() : accounts.byUsername(username);
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, dummyHash);
			audit.record(String.valueOf(username), "sign-in-failed", null, Map.of("reason", "unknown-username"));
			throw refused(REFUSED);
		}
		Accounts.Stored stored = found.get();
		Account account = stored.account();
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			audit.record(username, "sign-in-failed", null, Map.of("reason", "locked"));
			throw refused("账号已锁定,请于 " + account.lockedUntil() + " 后再试 / The account is locked until "
					+ account.lockedUntil());
		}
		if (password == null || !passwords.matches(password, stored.passwordHash())) {
			fail(stored, now);
			throw refused(REFUSED);
		}
		if (!account.enabled()) {
			audit.record(username, "sign-in-failed", null, Map.of("reason", "disabled"));
			throw refused("账号已停用 / The account is disabled");
		}
		accounts.recordSuccess(account.id());
		audit.record(username, "sign-in", null, Map.of());
		return callerOf(account);
	}

	static Caller callerOf(Account account) {
		return new Caller(account.id(), account.username(), account.displayName(), account.roles(),
				account.personId());
	}

	private void fail(Accounts.Stored stored, Instant now) {
		boolean inWindow = stored.firstFailureAt() != null
				&& stored.firstFailureAt().plus(properties.lockoutWindow()).isAfter(now);
		int attempts = inWindow ? stored.failedAttempts() + 1 : 1;
		Instant first = inWindow ? stored.firstFailureAt() : now;
		Instant lockedUntil = attempts >= properties.lockoutThreshold() ? now.plus(properties.lockoutDuration()) : null;
		accounts.recordFailure(stored.account().id(), attempts, first, lockedUntil);
		String username = stored.account().username();
		audit.record(username, "sign-in-failed", null, Map.of("reason", "wrong-password", "attempt", attempts));
		if (lockedUntil != null) {
			audit.record(username, "account-locked", username, Map.of("until", lockedUntil.toString()));
		}
	}

	private static ApiProblem refused(String detail) {
		return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
	}
}
