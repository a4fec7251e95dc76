package org.onegrid.cases;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The addresses earlier cases in the reader's scope were reported at: how an operator finds a place named again. */
@RestController
@Tag(name = "Cases")
class PastAddressController {

	private final PastAddresses addresses;

	private final Authorization authorization;

	PastAddressController(PastAddresses addresses, Authorization authorization) {
		this.addresses = addresses;
		this.authorization = authorization;
	}

	@GetMapping("/api/v1/cases/addresses")
	@Operation(summary = "Addresses of earlier cases that hold every word of q, those that begin with it first, each "
			+ "with its count of cases and where the latest of them stands")
	@Allow(value = "case:read", scope = AccessScope.FILTERED)
	List<PastAddress> find(@RequestParam(required = false) String q, @RequestParam(defaultValue = "10") int limit) {
		return addresses.find(q, limit, authorization.current());
	}
}
