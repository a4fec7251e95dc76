package org.onegrid.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.internal.CatalogueCache;
import org.onegrid.catalogue.internal.TierLevelRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid levels a district set to handle each tier of case, by tier code, kept with the catalogue so that every
 * instance reads them from its catalogue snapshot and notices a change by the catalogue's stamp. Which tiers exist
 * and which levels are valid is for the cases module to say; this only keeps what it was given.
 */
@Service
public class HandlingLevels {

	private final TierLevelRows rows;

	private final CatalogueCache cache;

	private final Clock clock;

	HandlingLevels(TierLevelRows rows, CatalogueCache cache, Clock clock) {
		this.rows = rows;
		this.cache = cache;
		this.clock = clock;
	}

	/** The levels of every tier the district set, by tier code. */
	public Map<String, List<String>> byTier() {
		return cache.current().tierLevels();
	}

	@Transactional
	public void set(String tier, List<String> levels) {
		rows.save(tier, levels, clock.instant());
		cache.invalidate();
	}

	/** Removes the tier's levels; false when the district had not set them. */
	@Transactional
	public boolean remove(String tier) {
		boolean removed = rows.delete(tier);
		cache.invalidate();
		return removed;
	}
}
