package org.onegrid.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the NUL character ({@code \u0000}) that PostgreSQL cannot store in text, wherever a request carries it: a
 * JSON string, a property name or map key, or a query parameter. A request holding one is refused before anything
 * reads it, so that no half-done change can follow.
 */
final class NulCharacters {

	static final char NUL = '\u0000';

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NulCharacters() {
	}

	/** The field of the first string or name in the JSON document that holds a NUL, if any. */
	static Optional<Violation> inJson(byte[] document) {
		try (JsonParser parser = JSON.createParser(document)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME && holdsNul(parser.currentName())) {
					return Optional.of(violation(pathOf(parser.streamReadContext().getParent())
							+ "[\"" + readable(parser.currentName()) + "\"]"));
				}
				if (token == JsonToken.VALUE_STRING && holdsNul(parser.getString())) {
					return Optional.of(violation(pathOf(parser.streamReadContext())));
				}
			}
		}
		catch (JacksonException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** A violation for {@code field} when {@code value} holds a NUL. */
	static Optional<Violation> in(String field, String value) {
		return holdsNul(value) ? Optional.of(violation(readable(field))) : Optional.empty();
	}

	static boolean holdsNul(String value) {
		return value != null && value.indexOf(NUL) >= 0;
	}

	private static Violation violation(String field) {
		String name = field.isEmpty() ? "body" : field;
		return new Violation(name, "NUL_CHARACTER",
				name + " contains the NUL character (\\u0000), which cannot be stored; remove it");
	}

	private static String readable(String name) {
		return name.replace(String.valueOf(NUL), "\\u0000");
	}

	/** The path of the value the context is at, such as {@code channelDetails.phone} or {@code levelNames[2]}. */
	private static String pathOf(TokenStreamContext context) {
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.currentName() != null) {
				segments.push("." + readable(at.currentName()));
			}
		}
		String path = String.join("", segments);
		return path.startsWith(".") ? path.substring(1) : path;
	}
}
