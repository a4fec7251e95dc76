package org.onegrid.catalogue.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.catalogue.AreaClassRule;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.ResponsibilityRule;
import org.onegrid.catalogue.TimeLimit;
import org.onegrid.catalogue.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue in memory for the hot path (every case step asks for time limits and responsibility).
 * <p>
 * A database trigger bumps {@code catalogue_stamp} on every change. The snapshot is re-validated against the stamp
 * at most every two seconds, so a change made on another instance shows within two seconds; a change made on this
 * instance shows as soon as it commits.
 * <p>
 * No lock is held while the database is asked: a caller inside a transaction holds a pooled connection, and were
 * it to wait on a lock held by a caller waiting for a connection, a busy pool would stall. Two callers may read the
 * same new snapshot at once; the newer stamp is kept.
 */
@Component
public class CatalogueCache {

	private static final long RECHECK_NANOS = 2_000_000_000L;

	private final JdbcClient jdbc;

	private final MinorClasses minors;

	private final UrgencyFactors urgencies;

	private final ResponsibilityRules rules;

	private final AreaClassRules areaClasses;

	private final TierLevelRows tierLevels;

	private final DistrictLimitRows districtLimits;

	private volatile Snapshot snapshot;

	private volatile long checkedAt;

	CatalogueCache(JdbcClient jdbc, MinorClasses minors, UrgencyFactors urgencies, ResponsibilityRules rules,
			AreaClassRules areaClasses, TierLevelRows tierLevels, DistrictLimitRows districtLimits) {
		this.districtLimits = districtLimits;
		this.areaClasses = areaClasses;
		this.tierLevels = tierLevels;
		this.jdbc = jdbc;
		this.minors = minors;
		this.urgencies = urgencies;
		this.rules = rules;
	}

	/**
	 * What the catalogue held at one stamp; {@code tierLevels} only for the tiers the district set,
	 * {@code districtLimits} by district and {@code kind/code}, only where a district set its own;
	 * {@code districtMaximums} only for the districts stricter than the installation.
	 */
	public record Snapshot(long stamp, Map<String, MinorClass> minorClasses, Map<Urgency, BigDecimal> urgencyFactors,
			List<ResponsibilityRule> rules, List<AreaClassRule> areaClasses, Map<String, List<String>> tierLevels,
			Map<String, Map<String, List<TimeLimit>>> districtLimits, Map<String, Integer> districtMaximums) {

		public MinorClass minorClass(Kind kind, String code) {
			return minorClasses.get(kind + "/" + code);
		}

		/** The limits the district set for the minor class, empty where it keeps the catalogue's. */
		public List<TimeLimit> districtLimits(String district, Kind kind, String code) {
			return district == null ? List.of()
					: districtLimits.getOrDefault(district, Map.of()).getOrDefault(kind + "/" + code, List.of());
		}

		/** The rules for the minor class or its whole major class. */
		public List<ResponsibilityRule> rulesFor(Kind kind, String minorCode) {
			return rules.stream()
				.filter(rule -> rule.kind() == kind && (rule.categoryCode().equals(minorCode)
						|| rule.categoryCode().equals(minorCode.substring(0, 2))))
				.toList();
		}
	}

	/**
	 * The catalogue as of now. Inside a transaction that has changed the catalogue, it is read afresh on every call
	 * and not kept, so that the transaction sees its own changes and nobody else sees them before it commits.
	 */
	public Snapshot current() {
		if (TransactionSynchronizationManager.hasResource(this)) {
			return read(jdbc.sql("SELECT version FROM catalogue_stamp WHERE id = 1").query(Long.class).single());
		}
		Snapshot current = snapshot;
		if (current != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
			return current;
		}
		long stamp = jdbc.sql("SELECT version FROM catalogue_stamp WHERE id = 1").query(Long.class).single();
		Snapshot fresh = current != null && current.stamp() == stamp ? current : read(stamp);
		synchronized (this) {
			if (snapshot == null || snapshot.stamp() < fresh.stamp()) {
				snapshot = fresh;
			}
			checkedAt = System.nanoTime();
		}
		return fresh;
	}

	private Snapshot read(long stamp) {
		Map<String, MinorClass> byKey = new HashMap<>();
		minors.all().forEach(minor -> byKey.put(minor.kind() + "/" + minor.code(), minor));
		return new Snapshot(stamp, Map.copyOf(byKey), Map.copyOf(urgencies.all()), rules.all(), areaClasses.all(),
				Map.copyOf(tierLevels.all()), districtLimits.all(), districtLimits.maximums());
	}

	/**
	 * Drops the snapshot once the current transaction commits (at once outside a transaction); until the
	 * transaction ends, its own reads bypass the snapshot.
	 */
	public void invalidate() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			if (TransactionSynchronizationManager.hasResource(this)) {
				return;
			}
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			CatalogueCache cache = this;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					snapshot = null;
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(cache);
				}
			});
		}
		else {
			snapshot = null;
		}
	}
}
