package org.onegrid.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases this instance wrote last, exactly as they were committed: the case at its version and its whole
 * timeline. A step on a case found here needs neither a read nor decoding before its write: it gets a
 * {@linkplain CaseCopies copy} of its own, and the kept case is never changed.
 * <p>
 * A copy may be stale (another instance, or someone at the database, changed the case since). That is safe because
 * every write is checked against the version in the database: a stale copy makes the write lose, its entry is
 * dropped, and the step is tried again on the stored case. Entries are kept only after their write committed, never
 * for a write that may still roll back. The least recently used entries go first when the cache is full; a capacity
 * of 0 turns it off.
 */
final class CaseCache {

	/** A committed case, not to be changed, and its timeline, oldest entry first. */
	record Entry(Case c, List<TimelineEntry> timeline) {

		int version() {
			return c.version;
		}
	}

	private final int capacity;

	private final Map<Long, Entry> entries;

	CaseCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
				return size() > CaseCache.this.capacity;
			}
		};
	}

	synchronized Entry get(long id) {
		return entries.get(id);
	}

	/** Keeps the committed case, unless a newer version of it is kept already. */
	synchronized void put(long id, Entry entry) {
		if (capacity > 0) {
			entries.merge(id, entry, (kept, next) -> next.version() > kept.version() ? next : kept);
		}
	}

	synchronized void evict(long id) {
		entries.remove(id);
	}
}
