package org.onegrid.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored accounts, with their password hashes and failed-attempt counters.
 */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account with what signing in needs. */
	public record Stored(Account account, String passwordHash, int failedAttempts, Instant firstFailureAt) {
	}

	public Optional<Stored> byUsername(String username) {
		return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username).query(Accounts::stored).optional();
	}

	public Optional<Account> byId(long id) {
		return jdbc.sql("SELECT * FROM account WHERE id = ?").param(id).query(Accounts::stored).optional()
			.map(Stored::account);
	}

	/** An account as it stands, with when its password was last set. */
	public record Standing(Account account, Instant passwordSetAt) {

		/** Whether a session that signed in at {@code signedInAt} may still act for the account at {@code now}. */
		public boolean allowsSessionFrom(Instant signedInAt, Instant now) {
			return allowsAt(now) && !passwordSetAt.isAfter(signedInAt);
		}

		/** Whether the account may act at all at {@code now}: enabled and not locked. */
		public boolean allowsAt(Instant now) {
			return account.enabled() && (account.lockedUntil() == null || !account.lockedUntil().isAfter(now));
		}
	}

	public Optional<Standing> standing(long id) {
		return jdbc.sql("SELECT * FROM account WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Standing(stored(rs, row).account(), instant(rs.getTimestamp("password_set_at"))))
			.optional();
	}

	public List<Account> all() {
		return jdbc.sql("SELECT * FROM account ORDER BY username").query(Accounts::stored).list().stream()
			.map(Stored::account)
			.toList();
	}

	/**
	 * One page of the accounts whose username or display name contains {@code text} (any, when empty), by
	 * username.
	 */
	public List<Account> page(String text, int offset, int limit) {
		return jdbc.sql("SELECT * FROM account WHERE " + MATCHES + " ORDER BY username OFFSET :offset LIMIT :limit")
			.param("text", text)
			.param("offset", offset)
			.param("limit", limit)
			.query(Accounts::stored)
			.list()
			.stream()
			.map(Stored::account)
			.toList();
	}

	/** How many accounts {@link #page} walks through for {@code text}. */
	public long count(String text) {
		return jdbc.sql("SELECT count(*) FROM account WHERE " + MATCHES).param("text", text).query(Long.class).single();
	}

	private static final String MATCHES = "(:text = '' OR strpos(lower(username), lower(:text)) > 0"
			+ " OR strpos(lower(display_name), lower(:text)) > 0)";

	/** Of these people, those who have an enabled account to read what is sent to them. */
	public List<Long> withEnabledAccount(java.util.Collection<Long> personIds) {
		return jdbc.sql("SELECT DISTINCT person_id FROM account WHERE enabled AND person_id = ANY (?)")
			.param(personIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	public List<Long> withEnabledAccountIn(java.util.Collection<Long> personIds,
			java.util.Collection<String> roles) {
		return jdbc.sql("SELECT DISTINCT person_id FROM account WHERE enabled AND person_id = ANY (?) AND roles && CAST(? AS text[])")
			.param(personIds.toArray(Long[]::new))
			.param(roles.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
	}

	public long countDemoPasswords() {
		return jdbc.sql("SELECT count(*) FROM account WHERE demo_password AND enabled").query(Long.class).single();
	}

	public long create(String username, String displayName, String hash, List<String> roles, Long personId,
			boolean demoPassword, Instant now) {
		return jdbc.sql("""
				INSERT INTO account (username, display_name, password_hash, roles, person_id, demo_password,
				                     created_at, password_set_at)
				VALUES (?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?) RETURNING id
				""")
			.params(username, displayName, hash, String.join(",", roles), personId, demoPassword, utc(now), utc(now))
			.query(Long.class)
			.single();
	}

	/** The failed-attempt counter after one more failure, and the lock it may have set. */
	public record Failure(int attempts, Instant lockedUntil) {
	}

	/**
	 * Counts one failed sign-in and locks the account when the count within the window reaches {@code threshold},
	 * in one statement, so that failures arriving together are all counted.
	 */
	public Failure recordFailure(long id, Instant now, Instant windowStart, int threshold, Instant lockUntil) {
		return jdbc.sql("""
				UPDATE account SET
				    failed_attempts  = CASE WHEN first_failure_at > :windowStart THEN failed_attempts + 1 ELSE 1 END,
				    first_failure_at = CASE WHEN first_failure_at > :windowStart THEN first_failure_at ELSE :now END,
				    locked_until     = CASE
				        WHEN (CASE WHEN first_failure_at > :windowStart THEN failed_attempts + 1 ELSE 1 END) >= :threshold
				        THEN :lockUntil ELSE locked_until END
				WHERE id = :id
				RETURNING failed_attempts, locked_until
				""")
			.param("windowStart", utc(windowStart))
			.param("now", utc(now))
			.param("threshold", threshold)
			.param("lockUntil", utc(lockUntil))
			.param("id", id)
			.query((rs, row) -> new Failure(rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until"))))
			.single();
	}

	/**
	 * Clears the failure counter of an enabled account that is not locked at {@code now}; false, changing nothing,
	 * when the account is disabled or locked.
	 */
	public boolean recordSuccess(long id, Instant now) {
		return jdbc.sql("""
				UPDATE account SET failed_attempts = 0, first_failure_at = NULL, locked_until = NULL
				WHERE id = :id AND enabled AND (locked_until IS NULL OR locked_until <= :now)
				""")
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	public void setPassword(long id, String hash, Instant now) {
		jdbc.sql("UPDATE account SET password_hash = ?, demo_password = false, password_set_at = ?, "
				+ "failed_attempts = 0, locked_until = NULL WHERE id = ?")
			.params(hash, utc(now), id)
			.update();
	}

	public void update(long id, String displayName, List<String> roles, Long personId, boolean enabled) {
		jdbc.sql("UPDATE account SET display_name = ?, roles = string_to_array(?, ','), person_id = ?, enabled = ? "
				+ "WHERE id = ?")
			.params(displayName, String.join(",", roles), personId, enabled, id)
			.update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Account account = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				List.of((String[]) rs.getArray("roles").getArray()), (Long) rs.getObject("person_id"),
				rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")), rs.getBoolean("demo_password"),
				instant(rs.getTimestamp("created_at")));
		return new Stored(account, rs.getString("password_hash"), rs.getInt("failed_attempts"),
				instant(rs.getTimestamp("first_failure_at")));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static Object utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
