package org.onegrid.registry;

import java.util.List;

/**
 * The port to a district's registers (public security population data, vehicle and company registers, the housing
 * register). OneGrid decides who may see which record; the source only finds matching records.
 */
public interface RegistrySource {

	/** Records of the kind whose label, id or fields contain {@code query}, at most {@code limit}. */
	List<RegistryRecord> find(RecordKind kind, String query, int limit);
}
