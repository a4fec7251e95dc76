package org.onegrid.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onegrid.access.Grant;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The request id a service request is taken in under, so that a client's retry finds the case its first try made
 * instead of making a second. A client that sends an {@code Idempotency-Key} names its own retries. Most Open311
 * clients send none and retry a request whose answer they lost by sending the very same form again, often much
 * later (FixMyStreet retries a failed send for hours): such a form, from the same account within the retry window
 * of the first, is the same request. Ids are digests of the account with the key or the form, so that no two
 * accounts' ids ever meet.
 */
@Component
class SubmissionIds {

	private final Clock clock;

	private final long windowSeconds;

	SubmissionIds(Clock clock, Open311Properties properties) {
		this.clock = clock;
		this.windowSeconds = properties.retryWindow().toSeconds();
	}

	/** The id for the client's own key. */
	String ofKey(Grant grant, String idempotencyKey) {
		String key = idempotencyKey.strip();
		if (key.isEmpty() || key.length() > 200) {
			throw Open311Failure.badRequest("Idempotency-Key has 1 to 200 characters");
		}
		return "open311:" + digest(grant.username() + "\n" + key);
	}

	/**
	 * The ids the form may have been taken in under: the current window's first, where a new request goes, then the
	 * window before, where its first try may have landed.
	 */
	List<String> ofForm(Grant grant, MultiValueMap<String, String> form) {
		StringBuilder canonical = new StringBuilder(grant.username());
		Map<String, List<String>> fields = new TreeMap<>(form);
		fields.remove("api_key");
		fields.forEach((name, values) -> values.forEach(value -> canonical.append('\n').append(name).append('=')
			.append(value == null ? "" : value.strip())));
		String base = "open311-form:" + digest(canonical.toString()) + ":";
		long window = clock.instant().getEpochSecond() / windowSeconds;
		return List.of(base + window, base + (window - 1));
	}

	private static String digest(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 20);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
