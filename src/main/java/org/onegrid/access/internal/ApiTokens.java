package org.onegrid.access.internal;

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

	/** The account id of a live token (not revoked, not expired), noting its use. */
	public Optional<Long> accountOf(String hash, Instant now) {
		return jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ? AND revoked_at IS NULL "
				+ "AND expires_at > ? RETURNING account_id")
			.params(Accounts.utc(now), hash, Accounts.utc(now))
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
