package org.onegrid.registry;

import java.util.List;
import java.util.Map;

import org.onegrid.access.AuditLog;
import org.onegrid.access.Grant;
import org.onegrid.access.Masking;
import org.onegrid.api.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Scoped, audited look-ups: the caller needs {@code registry:query}; only records in grids of their scope are
 * returned (the source may find more); identity and phone numbers are masked unless the caller holds
 * {@code pii:read}; and every look-up is written to the audit log with its query, its kind, how many records were
 * shown and whether they were unmasked.
 */
@Service
public class RegistryLookup {

	private static final int MAX_RESULTS = 50;

	private final RegistrySource source;

	private final AuditLog audit;

	RegistryLookup(RegistrySource source, AuditLog audit) {
		this.source = source;
		this.audit = audit;
	}

	public List<RegistryRecord> lookup(RecordKind kind, String query, Grant grant) {
		grant.require("registry:query");
		if (query == null || query.strip().length() < 2 || query.length() > 100) {
			throw ApiProblem.invalidField("q", "SIZE", "a look-up needs 2 to 100 characters");
		}
		boolean unmasked = grant.permits("pii:read");
		List<RegistryRecord> shown = source.find(kind, query.strip(), MAX_RESULTS * 4)
			.stream()
			.filter(record -> grant.all() || grant.gridKeys().contains(record.layer() + ":" + record.grid()))
			.limit(MAX_RESULTS)
			.map(record -> unmasked ? record : masked(record))
			.toList();
		audit.record(grant.username(), "registry-lookup", kind.name(), Map.of("query", query.strip(), "results",
				shown.size(), "unmasked", unmasked, "ids", shown.stream().map(RegistryRecord::id).toList()));
		return shown;
	}

	private static RegistryRecord masked(RegistryRecord record) {
		return new RegistryRecord(record.kind(), record.id(), record.layer(), record.grid(), record.label(),
				record.fields(), record.idNumber() == null ? null : Masking.idNumber(record.idNumber()),
				record.phone() == null ? null : Masking.phone(record.phone()));
	}
}
