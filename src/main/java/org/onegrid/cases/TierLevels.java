package org.onegrid.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.HandlingLevels;
import org.onegrid.grid.GridLayers;
import org.springframework.stereotype.Service;

/**
 * Which grid levels handle a case of each tier, as the district's data: a district where 较大 matters stay in the
 * 中网格 (片区) says so without a release. A tier the district has not set keeps the installation's levels
 * ({@code onegrid.cases.tier-levels}). Levels are levels of the primary layer, named by name or by number from 0,
 * and stored by name.
 */
@Service
public class TierLevels {

	private static final int MAX_LEVELS = 20;

	private final HandlingLevels stored;

	private final GridLayers layers;

	private final CasesProperties properties;

	TierLevels(HandlingLevels stored, GridLayers layers, CasesProperties properties) {
		this.stored = stored;
		this.layers = layers;
		this.properties = properties;
	}

	/** The levels that handle the tier now, leaf first. */
	public List<String> of(Tier tier) {
		List<String> set = stored.byTier().get(tier.name());
		return set != null ? set : properties.tierLevels().getOrDefault(tier, List.of());
	}

	/** Every tier with its levels, in tier order. */
	public List<TierLevel> list() {
		return List.of(Tier.values()).stream().map(this::get).toList();
	}

	public TierLevel get(Tier tier) {
		return new TierLevel(tier, tier.nameZh(), tier.nameEn(), of(tier), stored.byTier().containsKey(tier.name()));
	}

	/** Sets the tier's levels, refused field by field when none is given or one is not a level of the primary layer. */
	public TierLevel put(Tier tier, TierLevel.Request request) {
		List<String> given = request == null ? null : request.levels();
		List<Violation> violations = new ArrayList<>();
		if (given == null || given.isEmpty() || given.size() > MAX_LEVELS) {
			violations.add(new Violation("levels", given == null || given.isEmpty() ? "REQUIRED" : "SIZE",
					"levels lists 1 to " + MAX_LEVELS + " levels of the primary layer"));
			given = List.of();
		}
		PrimaryLevels primary = new PrimaryLevels(layers, properties);
		List<String> levels = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String level = Fields.blankToNull(given.get(i));
			String field = "levels[" + i + "]";
			if (level == null) {
				violations.add(new Violation(field, "REQUIRED", field + " names a level"));
				continue;
			}
			String name = primary.name(level.strip(), field, violations);
			if (!seen.add(name)) {
				violations.add(new Violation(field, "DUPLICATE", field + " is given twice"));
			}
			levels.add(name);
		}
		Fields.failIfAny(violations);
		stored.set(tier.name(), levels);
		return get(tier);
	}

	/** Gives the tier back to the installation's levels; 404 when the district had not set them. */
	public void delete(Tier tier) {
		if (!stored.remove(tier.name())) {
			throw ApiProblem.notFound("Tier levels", tier.name());
		}
	}
}
