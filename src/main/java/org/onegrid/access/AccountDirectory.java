package org.onegrid.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.access.internal.Accounts;
import org.onegrid.access.internal.ApiTokens;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates and changes accounts. Every change is audited with who made it; passwords are kept only as BCrypt hashes
 * and must have at least 12 characters. A change takes effect at the account's next request: a new password ends
 * the account's other sessions and revokes its API tokens, and disabling or new roles apply to every session and
 * token at once.
 */
@Service
public class AccountDirectory {

	static final int MIN_PASSWORD = 12;

	/** BCrypt reads at most 72 bytes of a password; longer ones are refused rather than cut short. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	AccountDirectory(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** What an administrator sends to create or change an account. */
	public record AccountRequest(String username, String displayName, String password, List<String> roles,
			Long personId, Boolean enabled) {
	}

	/** Of these people, those with an enabled account, who can read a notice sent to them. */
	public Set<Long> reachable(Collection<Long> personIds) {
		return personIds.isEmpty() ? Set.of() : Set.copyOf(accounts.withEnabledAccount(personIds));
	}

	/**
	 * Of these people, those with an enabled account that holds one of {@code roles}, who can act in those roles
	 * when they sign in.
	 */
	public Set<Long> reachable(Collection<Long> personIds, Collection<String> roles) {
		return personIds.isEmpty() || roles.isEmpty() ? Set.of()
				: Set.copyOf(accounts.withEnabledAccountIn(personIds, roles));
	}

	public List<Account> all() {
		return accounts.all();
	}

	public Account get(long id) {
		return accounts.byId(id).orElseThrow(() -> ApiProblem.notFound("Account", Long.toString(id)));
	}

	/** Creates an account; {@code demoPassword} marks passwords published for the demo. */
	public Account create(AccountRequest request, String by, boolean demoPassword) {
		List<Violation> violations = new ArrayList<>();
		if (request.username() == null || !request.username().matches("[a-z0-9][a-z0-9._-]{2,39}")) {
			violations.add(new Violation("username", "PATTERN",
					"a username is 3-40 lower-case letters, digits, '.', '_' or '-'"));
		}
		Fields.text(request.displayName(), "displayName", Fields.MAX_NAME, violations);
		password(request.password(), violations);
		roles(request.roles(), violations);
		Fields.failIfAny(violations);
		if (accounts.byUsername(request.username()).isPresent()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "Username '" + request.username() + "' is taken");
		}
		long id = accounts.create(request.username(), request.displayName().strip(),
				passwords.encode(request.password()), request.roles(), request.personId(), demoPassword,
				clock.instant());
		audit.record(by, "account-created", request.username(), Map.of("roles", request.roles()));
		return get(id);
	}

	/** Changes display name, roles, person and enabled; the password is changed separately. */
	public Account update(long id, AccountRequest request, String by) {
		Account account = get(id);
		List<Violation> violations = new ArrayList<>();
		Fields.text(request.displayName(), "displayName", Fields.MAX_NAME, violations);
		roles(request.roles(), violations);
		Fields.failIfAny(violations);
		boolean enabled = request.enabled() == null ? account.enabled() : request.enabled();
		accounts.update(id, request.displayName().strip(), request.roles(), request.personId(), enabled);
		audit.record(by, "account-changed", account.username(), Map.of("roles", request.roles(), "enabled", enabled,
				"previousRoles", account.roles()));
		return get(id);
	}

	public void setPassword(long id, String password, String by) {
		Account account = get(id);
		List<Violation> violations = new ArrayList<>();
		password(password, violations);
		Fields.failIfAny(violations);
		Instant now = clock.instant();
		accounts.setPassword(id, passwords.encode(password), now);
		int revoked = tokens.revokeAll(id, now);
		audit.record(by, "password-set", account.username(), Map.of("tokensRevoked", revoked));
	}

	private static void password(String password, List<Violation> violations) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > 128) {
			violations.add(new Violation("password", "SIZE", "a password has 12 to 128 characters"));
		}
		else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			violations.add(new Violation("password", "SIZE", "a password has at most " + MAX_PASSWORD_BYTES
					+ " bytes in UTF-8 (a Chinese character takes 3), the most the password hash reads"));
		}
	}

	private static void roles(List<String> roles, List<Violation> violations) {
		if (roles == null || roles.isEmpty()) {
			violations.add(new Violation("roles", "REQUIRED", "an account has at least one role"));
			return;
		}
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i) == null || !Fields.DEPARTMENT.matcher(roles.get(i)).matches()) {
				violations.add(new Violation("roles[" + i + "]", "PATTERN", "a role code such as grid-chief"));
			}
		}
	}
}
