package org.onegrid.api;

/**
 * Names a Java type the way a person filling in a request thinks of it.
 */
final class ParameterTypes {

	private ParameterTypes() {
	}

	static String describe(String simpleName) {
		return switch (simpleName) {
			case "long", "Long", "int", "Integer", "short", "Short", "BigInteger" -> "whole number";
			case "double", "Double", "float", "Float", "BigDecimal" -> "number";
			case "boolean", "Boolean" -> "true or false";
			case "Instant", "OffsetDateTime", "ZonedDateTime" -> "instant, such as 2026-03-05T08:00:00Z";
			case "LocalDate" -> "date, such as 2026-03-05";
			case "LocalTime" -> "time of day, such as 08:30";
			case "String" -> "text";
			default -> "value";
		};
	}
}
