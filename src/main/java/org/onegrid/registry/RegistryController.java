package org.onegrid.registry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registry look-ups for grid workers.
 */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Registry", description = "人、车、法人、房屋查询 / Scoped, audited register look-ups")
class RegistryController {

	private final RegistryLookup lookup;

	private final Authorization authorization;

	RegistryController(RegistryLookup lookup, Authorization authorization) {
		this.lookup = lookup;
		this.authorization = authorization;
	}

	@Operation(summary = "Look up people, vehicles, legal persons or property in your grids (kind: person, vehicle, "
			+ "legal-person, property)")
	@GetMapping("/{kind}")
	@Allow(value = "registry:query", scope = AccessScope.FILTERED, audit = AuditClass.PERSONAL_DATA)
	List<RegistryRecord> lookup(@PathVariable String kind, @RequestParam(required = false) String q) {
		RecordKind parsed;
		try {
			parsed = RecordKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no register '" + kind
					+ "'; use person, vehicle, legal-person or property");
		}
		return lookup.lookup(parsed, q, authorization.current());
	}
}
