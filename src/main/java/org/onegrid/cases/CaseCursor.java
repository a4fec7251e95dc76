package org.onegrid.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.onegrid.api.Violation;

/**
 * Where a page of search results ended: the last case's reporting time and id, handed to the client as an opaque
 * token ({@code next}) and sent back as {@code after}. The next page starts right after that case, so any page
 * costs what the first one costs, however deep, and cases reported meanwhile neither repeat nor shift the pages.
 */
record CaseCursor(Instant reportedAt, long id) {

	String token() {
		String plain = reportedAt.getEpochSecond() + "." + reportedAt.getNano() + "." + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	/** The cursor of a token, or {@code null} with a violation on {@code after} when it is not one of ours. */
	static CaseCursor parse(String token, List<Violation> violations) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
			if (parts.length == 3) {
				return new CaseCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						Long.parseLong(parts[2]));
			}
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			// reported below
		}
		violations.add(new Violation("after", "INVALID_FORMAT",
				"after is the 'next' token of the previous page, unchanged"));
		return null;
	}
}
