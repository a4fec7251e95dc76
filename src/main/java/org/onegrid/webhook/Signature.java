package org.onegrid.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-OneGrid-Signature} of a delivery: {@code sha256=} and the hex HMAC-SHA256, keyed with the
 * subscriber's secret, of the timestamp header, a dot and the body exactly as sent. Signing the timestamp with the
 * body lets a receiver refuse an old delivery replayed with a new timestamp.
 */
final class Signature {

	private Signature() {
	}

	static String of(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
