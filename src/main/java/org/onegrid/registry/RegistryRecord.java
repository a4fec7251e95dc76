package org.onegrid.registry;

import java.util.Map;

/**
 * One record of a register, located in a grid.
 *
 * @param layer the grid layer of {@code grid}
 * @param grid the grid the record lies in (the resident's home, the company's seat, the vehicle's owner)
 * @param fields the register's own fields, such as name and address
 * @param idNumber a personal or company identity number, masked unless the caller may read personal data
 * @param phone a phone number, masked likewise
 */
public record RegistryRecord(RecordKind kind, String id, String layer, String grid, String label,
		Map<String, String> fields, String idNumber, String phone) {

	public RegistryRecord {
		fields = Map.copyOf(fields);
	}
}
