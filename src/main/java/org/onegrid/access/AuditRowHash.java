package org.onegrid.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An audit row's hash, computed as the database's chaining trigger computes it ({@code audit_log_canonical} and
 * {@code audit_log_hash}), so that the chain is checked by code other than the code that wrote it.
 * <p>
 * The text hashed is every field as its length in UTF-8 bytes, a colon and its value, or {@code -} when absent:
 * the id, the time as microseconds since 1970, actor, action, target, address and the details as PostgreSQL writes
 * jsonb. The hash is SHA-256 of the previous row's hash (nothing for the first row) followed by that text.
 */
final class AuditRowHash {

	private static final HexFormat HEX = HexFormat.of();

	private AuditRowHash() {
	}

	static String canonical(long id, Instant at, String actor, String action, String target, String ip,
			String details) {
		StringBuilder text = new StringBuilder();
		for (String field : Arrays.asList(Long.toString(id), Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH,
				at)), actor, action, target, ip, details)) {
			if (field == null) {
				text.append('-');
			}
			else {
				text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		return text.toString();
	}

	static byte[] hash(byte[] previous, String canonical) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			if (previous != null) {
				sha256.update(previous);
			}
			return sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static String hex(byte[] hash) {
		return hash == null ? null : HEX.formatHex(hash);
	}
}
