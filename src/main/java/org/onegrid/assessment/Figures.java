package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One object's indicators for one month, by name (see {@code docs/indicators.md}): counts are whole numbers, rates
 * are fractions between 0 and 1 rounded to four places, and a rate whose denominator is zero is absent rather than
 * zero, because nothing was there to measure.
 *
 * @param object the department's or grid's code
 * @param values each indicator's value, in a stable order
 */
public record Figures(String object, Map<String, BigDecimal> values) {

	/** Rates keep four decimal places, enough for a percentage with two. */
	public static final int RATE_SCALE = 4;

	public Figures {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** {@code part ÷ whole}, or {@code null} when {@code whole} is zero. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}
}
