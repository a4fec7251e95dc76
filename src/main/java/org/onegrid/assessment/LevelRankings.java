package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.onegrid.access.Grant;
import org.onegrid.api.Violation;
import org.onegrid.cases.CasesProperties;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.GridSummary;
import org.springframework.stereotype.Service;

/**
 * Grids ranked among the peers of one level of the primary layer (all 镇 together, all 村 together): each grid of the
 * level is assessed on the cases of its whole territory, its own and every grid's below it, and scored on the grids'
 * scorecard, with the changes against the period before and the same period a year before computed the same way. A
 * closed month is rolled up from its published figures, so its level ranking never changes either.
 */
@Service
public class LevelRankings {

	private final Assessment assessment;

	private final Scorecards scorecards;

	private final ReadScope scope;

	private final GridLayers layers;

	private final Comparisons comparisons;

	private final String layer;

	LevelRankings(Assessment assessment, Scorecards scorecards, ReadScope scope, GridLayers layers,
			Comparisons comparisons, CasesProperties properties) {
		this.comparisons = comparisons;
		this.assessment = assessment;
		this.scorecards = scorecards;
		this.scope = scope;
		this.layers = layers;
		this.layer = properties.primaryLayer();
	}

	/** The primary layer's level names from the top down; empty when the layer is not defined yet. */
	public List<String> levelNames() {
		return layers.exists(layer) ? layers.get(layer).levelNames() : List.of();
	}

	/** The name of each grid of the primary layer, by code. */
	Map<String, String> gridNames() {
		if (!layers.exists(layer)) {
			return Map.of();
		}
		return layers.grids(layer, null, null).stream()
			.collect(Collectors.toMap(GridSummary::code, GridSummary::name, (a, b) -> a));
	}

	/** The period's scores of the level's grids that the reader may see, best first, ranked among the level. */
	public PeriodScores scores(Period period, int level, Grant reader) {
		Map<String, String> owners = owners(level);
		Supplier<Map<String, BigDecimal>> previous = comparisons.start(() -> scores(period.previous(), owners));
		Supplier<Map<String, BigDecimal>> yearBefore = comparisons.start(() -> scores(period.yearBefore(), owners));
		PeriodFigures figures = assessment.indicators(period, ObjectType.GRID);
		List<Score> rows = Scoring.score(TerritoryFigures.rollUp(figures.rows(), owners), scorecards.of(ObjectType.GRID),
				previous.get(), yearBefore.get());
		return new PeriodScores(figures.period(), ObjectType.GRID, figures.revision(), figures.asOf(),
				scope.visible(ObjectType.GRID, rows, Score::object, reader));
	}

	private Map<String, BigDecimal> scores(Period period, Map<String, String> owners) {
		List<Figures> rolled = TerritoryFigures.rollUp(assessment.indicators(period, ObjectType.GRID).rows(), owners);
		return Scoring.score(rolled, scorecards.of(ObjectType.GRID), Map.of(), Map.of())
			.stream()
			.collect(Collectors.toMap(Score::object, Score::score));
	}

	/** Each grid of the layer, by code, mapped to its ancestor (or itself) at the level; grids above it are left out. */
	private Map<String, String> owners(int level) {
		if (!layers.exists(layer)) {
			return Map.of();
		}
		List<GridSummary> grids = layers.grids(layer, null, null);
		Map<String, GridSummary> byCode = grids.stream()
			.collect(Collectors.toMap(GridSummary::code, grid -> grid, (a, b) -> a));
		Map<String, String> owners = new LinkedHashMap<>();
		for (GridSummary grid : grids) {
			GridSummary at = grid;
			while (at != null && at.level() > level) {
				at = at.parentCode() == null ? null : byCode.get(at.parentCode());
			}
			if (at != null && at.level() == level) {
				owners.put(grid.code(), at.code());
			}
		}
		return owners;
	}

	/** The level a caller names, by name or by number from 0, or {@code null} with a violation of {@code level}. */
	Integer level(String text, List<Violation> violations) {
		List<String> names = levelNames();
		String value = text.strip();
		int index = names.indexOf(value);
		if (index < 0 && value.matches("\\d{1,2}") && Integer.parseInt(value) < names.size()) {
			index = Integer.parseInt(value);
		}
		if (index < 0) {
			violations.add(new Violation("level", "UNKNOWN_LEVEL", "层级 '" + text
					+ "' 不存在 / level '" + text + "' is none of the grid layer's levels " + names));
			return null;
		}
		return index;
	}

	/** The level's name in the primary layer. */
	String levelName(int level) {
		GridLayer stored = layers.get(layer);
		return stored.levelName(level);
	}
}
