package org.onegrid.registry;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * An in-memory stand-in for the district's registers, until a real source is connected: records are added with
 * {@link #add} (by the demo, by tests) and lost on restart.
 */
@Component
public class StubRegistrySource implements RegistrySource {

	private final List<RegistryRecord> records = new CopyOnWriteArrayList<>();

	public void add(RegistryRecord record) {
		records.add(record);
	}

	@Override
	public List<RegistryRecord> find(RecordKind kind, String query, int limit) {
		String needle = query.toLowerCase(Locale.ROOT);
		return records.stream()
			.filter(record -> record.kind() == kind)
			.filter(record -> record.label().toLowerCase(Locale.ROOT).contains(needle) || record.id().equals(query)
					|| record.fields().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle)))
			.limit(limit)
			.toList();
	}
}
