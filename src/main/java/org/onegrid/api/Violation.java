package org.onegrid.api;

/**
 * One thing wrong with a request.
 *
 * @param field where, as a path into the request ({@code lon}, {@code levelNames[2]})
 * @param code a stable machine-readable reason ({@code REQUIRED}, {@code OUT_OF_RANGE})
 * @param detail the human explanation
 */
public record Violation(String field, String code, String detail) {
}
