package org.onegrid.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onegrid.access.internal.Accounts;
import org.onegrid.api.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password, with lockout: {@code lockoutThreshold} failures within {@code lockoutWindow} lock
 * the account for {@code lockoutDuration}, during which even the right password is refused. Every attempt is
 * audited. The answer to a failure never says whether the username exists or is locked; a lock is announced as
 * {@link AccountLocked}, so that its owner is told privately.
 */
@Service
public class SignIn {

	private static final String REFUSED = "用户名或密码错误 / Wrong username or password";

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AccessProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/** A hash of a random secret, checked for unknown usernames so that timing does not tell they are unknown. */
	private final String dummyHash;

	SignIn(Accounts accounts, PasswordEncoder passwords, AccessProperties properties, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.events = events;
		this.transactions = transactions;
		this.passwords = passwords;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * The caller for the credentials; a 401 problem when they are wrong or the account is locked or disabled, the
	 * same answer in every case, so that nobody learns from it which accounts exist or are locked.
	 */
	public Caller authenticate(String username, String password) {
		Instant now = clock.instant();
		if (password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
				> AccountDirectory.MAX_PASSWORD_BYTES || username != null && username.length() > 64) {
			throw refused(REFUSED);
		}
		Optional<Accounts.Stored> found = username == null ? Optional.empty() : accounts.byUsername(username);
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, dummyHash);
			audit.record(String.valueOf(username), "sign-in-failed", null, Map.of("reason", "unknown-username"));
			throw refused(REFUSED);
		}
		Accounts.Stored stored = found.get();
		Account account = stored.account();
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			passwords.matches(password == null ? "" : password, dummyHash);
			audit.record(username, "sign-in-failed", null, Map.of("reason", "locked"));
			throw refused(REFUSED);
		}
		if (password == null || !passwords.matches(password, stored.passwordHash())) {
			fail(account, now);
			throw refused(REFUSED);
		}
		if (!accounts.recordSuccess(account.id(), now)) {
			audit.record(username, "sign-in-failed", null, Map.of("reason", account.enabled() ? "locked" : "disabled"));
			throw refused(REFUSED);
		}
		audit.record(username, "sign-in", null, Map.of());
		return callerOf(account);
	}

	static Caller callerOf(Account account) {
		return new Caller(account.id(), account.username(), account.displayName(), account.roles(),
				account.personId());
	}

	private void fail(Account account, Instant now) {
		Instant lockUntil = now.plus(properties.lockoutDuration());
		Accounts.Failure failure = accounts.recordFailure(account.id(), now, now.minus(properties.lockoutWindow()),
				properties.lockoutThreshold(), lockUntil);
		String username = account.username();
		audit.record(username, "sign-in-failed", null,
				Map.of("reason", "wrong-password", "attempt", failure.attempts()));
		if (failure.attempts() == properties.lockoutThreshold()) {
			transactions.executeWithoutResult(status -> {
				audit.record(username, "account-locked", username, Map.of("until", lockUntil.toString()));
				events.publishEvent(new AccountLocked(account.id(), username, account.personId(), failure.attempts(),
						lockUntil));
			});
		}
	}

	private static ApiProblem refused(String detail) {
		return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
	}
}
