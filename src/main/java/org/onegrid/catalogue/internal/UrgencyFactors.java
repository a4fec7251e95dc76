package org.onegrid.catalogue.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.onegrid.catalogue.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored urgency factors.
 */
@Repository
public class UrgencyFactors {

	private final JdbcClient jdbc;

	UrgencyFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Urgency, BigDecimal> all() {
		Map<Urgency, BigDecimal> factors = new EnumMap<>(Urgency.class);
		jdbc.sql("SELECT urgency, factor FROM catalogue_urgency")
			.query(rs -> {
				factors.put(Urgency.valueOf(rs.getString("urgency")), rs.getBigDecimal("factor").stripTrailingZeros());
			});
		return factors;
	}

	public void save(Urgency urgency, BigDecimal factor) {
		jdbc.sql("INSERT INTO catalogue_urgency (urgency, factor) VALUES (?, ?) "
				+ "ON CONFLICT (urgency) DO UPDATE SET factor = excluded.factor")
			.params(urgency.name(), factor)
			.update();
	}
}
