package org.onegrid.api;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;

/**
 * Reads dates and instants in query parameters and paths as ISO-8601 and refuses those outside {@link Dates}, so
 * that no endpoint computes with year 999999999.
 */
final class DateParameters {

	private DateParameters() {
	}

	static void register(FormatterRegistry registry) {
		registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) text -> {
			if (text.isBlank()) {
				return null;
			}
			LocalDate date = LocalDate.parse(text.strip());
			if (!Dates.inRange(date)) {
				throw new IllegalArgumentException(Dates.outOfRange("date").detail());
			}
			return date;
		});
		registry.addConverter(String.class, Instant.class, (Converter<String, Instant>) text -> {
			if (text.isBlank()) {
				return null;
			}
			Instant instant = Instant.parse(text.strip());
			if (!Dates.inRange(instant)) {
				throw new IllegalArgumentException(Dates.outOfRange("instant").detail());
			}
			return instant;
		});
	}
}
