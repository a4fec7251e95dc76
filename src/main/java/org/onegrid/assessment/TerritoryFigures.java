package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid's indicators over its whole territory: the counts of its own cases and of every grid's below it added up,
 * and the rates worked out again from the sums (never averaged), so that a 镇 with many cases weighs as it should.
 */
final class TerritoryFigures {

	private static final List<String> COUNTS = List.of("reported", "patrolFound", "citizenReported", "filed",
			"closed", "onTimeClosed");

	private TerritoryFigures() {
	}

	/** Sums the counts of each level grid's territory and works its rates out again from the sums. */
	static List<Figures> rollUp(List<Figures> figures, Map<String, String> owners) {
		Map<String, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
		for (Figures f : figures) {
			String owner = owners.get(f.object());
			if (owner == null) {
				continue;
			}
			Map<String, BigDecimal> sum = sums.computeIfAbsent(owner, code -> new LinkedHashMap<>());
			for (String count : COUNTS) {
				sum.merge(count, f.values().getOrDefault(count, BigDecimal.ZERO), BigDecimal::add);
			}
			BigDecimal vacancies = f.values().get("teamVacancies");
			if (vacancies != null) {
				sum.merge("teamVacancies", vacancies, BigDecimal::add);
			}
		}
		List<Figures> rolled = new ArrayList<>();
		sums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rolled.add(figures(e.getKey(),
				e.getValue())));
		return rolled;
	}

	private static Figures figures(String grid, Map<String, BigDecimal> sum) {
		long reported = sum.get("reported").longValue();
		long filed = sum.get("filed").longValue();
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("reported", sum.get("reported"));
		values.put("patrolFound", sum.get("patrolFound"));
		values.put("discoveryRate", Figures.rate(sum.get("patrolFound").longValue(), reported));
		values.put("citizenReported", sum.get("citizenReported"));
		values.put("citizenShare", Figures.rate(sum.get("citizenReported").longValue(), reported));
		values.put("filed", sum.get("filed"));
		values.put("closed", sum.get("closed"));
		values.put("closureRate", Figures.rate(sum.get("closed").longValue(), filed));
		values.put("onTimeClosed", sum.get("onTimeClosed"));
		values.put("onTimeClosureRate", Figures.rate(sum.get("onTimeClosed").longValue(), filed));
		BigDecimal vacancies = sum.get("teamVacancies");
		if (vacancies != null) {
			values.put("teamVacancies", vacancies);
			values.put("teamComplete", vacancies.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		return new Figures(grid, values);
	}

}
