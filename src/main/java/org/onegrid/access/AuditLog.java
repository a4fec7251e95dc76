package org.onegrid.access;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log (the database refuses to change or delete its rows): who did what, to what, when and
 * from which address. Modules record sign-ins, account and permission changes, configuration changes and every read
 * of unmasked personal information here.
 * <p>
 * The log is a hash chain ({@link AuditChain} checks it): the database links each row to the one before it under a
 * lock that the writing transaction holds until it commits, so writers of the log take turns. Record an entry on
 * its own or at the end of a short transaction, never before slow work in the same transaction.
 */
@Service
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an entry; the address is the current request's client, if there is a request. */
	public void record(String actor, String action, String target, Map<String, ?> details) {
		jdbc.sql("INSERT INTO audit_log (at, actor, action, target, ip, details) VALUES (?, ?, ?, ?, ?, "
				+ "CAST(? AS jsonb))")
			.params(clock.instant().atOffset(ZoneOffset.UTC), actor, action, target, clientAddress(),
					JSON.writeValueAsString(details == null ? Map.of() : details))
			.update();
	}

	/** The newest entries first, optionally of one actor and/or one action. */
	public List<AuditEntry> recent(String actor, String action, int limit) {
		return jdbc.sql("SELECT * FROM audit_log WHERE (CAST(? AS text) IS NULL OR actor = ?) "
				+ "AND (CAST(? AS text) IS NULL OR action = ?) ORDER BY id DESC LIMIT ?")
			.params(actor, actor, action, action, Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("ip"),
					JSON.readValue(rs.getString("details"), DETAILS)))
			.list();
	}

	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
