package org.onegrid.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onegrid.access.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored API tokens, by the hash of their secret.
 */
@Repository
public class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(long accountId, String name, String hash, String prefix, Instant now, Instant expires) {
		return jdbc.sql("INSERT INTO api_token (account_id, name, token_hash, prefix, created_at, expires_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(accountId, name, hash, prefix, Accounts.utc(now), Accounts.utc(expires))
			.query(Long.class)
			.single();
	}

	/** How stale a token's last use may be before a call notes it again. */
	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	/**
	 * The account id of a live token (not revoked, not expired), noting its use at most once a minute: most calls
	 * only read, so that the many parallel calls of one integration's token neither wait for each other on the
	 * token's row nor each flush a commit to disk.
	 */
	public Optional<Long> accountOf(String hash, Instant now) {
		return jdbc.sql("""
				WITH live AS (
				    SELECT id, account_id FROM api_token
				    WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
				), noted AS (
				    UPDATE api_token t SET last_used_at = :now FROM live
				    WHERE t.id = live.id AND (t.last_used_at IS NULL OR t.last_used_at < :stale)
				)
				SELECT account_id FROM live""")
			.param("hash", hash)
			.param("now", Accounts.utc(now))
			.param("stale", Accounts.utc(now.minus(USE_NOTED_EVERY)))
			.query(Long.class)
			.optional();
	}

	public List<ApiToken> ofAccount(long accountId) {
		return jdbc.sql("SELECT * FROM api_token WHERE account_id = ? ORDER BY id")
			.param(accountId)
			.query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					Accounts.instant(rs.getTimestamp("created_at")), Accounts.instant(rs.getTimestamp("expires_at")),
					Accounts.instant(rs.getTimestamp("revoked_at")), Accounts.instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	/** Revokes every live token of the account; the number revoked. */
	public int revokeAll(long accountId, Instant now) {
		return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
			.params(Accounts.utc(now), accountId)
			.update();
	}

	public boolean revoke(long accountId, long id, Instant now) {
		return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(Accounts.utc(now), id, accountId)
			.update() == 1;
	}
}
