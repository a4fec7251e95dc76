package org.onegrid.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracking codes of cases reported through the portal. A code is random, shown once and kept only as a hash;
 * a case is found only by its ticket number together with the right code, and a wrong code looks like an unknown
 * ticket.
 */
@Component
class PortalTickets {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	PortalTickets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores a fresh code for the case and returns it in the clear, the only time it is ever seen. */
	String issue(long caseId, String caseNo) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		jdbc.sql("insert into portal_ticket (case_id, case_no, code_hash, created_at) values (?, ?, ?, ?)")
			.params(caseId, caseNo, hash(code.toString()), java.sql.Timestamp.from(clock.instant()))
			.update();
		return code.toString();
	}

	/** The case's id when the code belongs to the ticket; empty for an unknown ticket and a wrong code alike. */
	Optional<Long> open(String caseNo, String code) {
		String given = hash(code == null ? "" : code.strip().toUpperCase());
		Optional<Row> row = jdbc.sql("select case_id, code_hash from portal_ticket where case_no = ?")
			.param(caseNo == null ? "" : caseNo.strip())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
			.optional();
		String stored = row.map(Row::hash).orElse(hash("-"));
		boolean same = MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.US_ASCII));
		return row.filter(r -> same).map(Row::caseId);
	}

	/** Marks the case rated; false when it already was, so that each case is rated once. */
	boolean markRated(long caseId) {
		return jdbc.sql("update portal_ticket set rated_at = ? where case_id = ? and rated_at is null")
			.params(java.sql.Timestamp.from(clock.instant()), caseId)
			.update() == 1;
	}

	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Row(long caseId, String hash) {
	}
}
