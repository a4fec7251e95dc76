package org.onegrid.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.grid.Districts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services each district served offers, chosen from the catalogue.
 */
@RestController
@RequestMapping("/api/v1/catalogue/offers")
@Tag(name = "Catalogue")
class DistrictOfferController {

	private final DistrictOffers offers;

	private final Districts districts;

	DistrictOfferController(DistrictOffers offers, Districts districts) {
		this.offers = offers;
		this.districts = districts;
	}

	@Operation(summary = "The minor classes a district offers as its services; wholeCatalogue when it names none")
	@GetMapping("/{district}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Offer get(@PathVariable String district) {
		districts.get(district);
		return offers.of(district).map(classes -> new Offer(district, false, classes))
			.orElseGet(() -> new Offer(district, true, List.of()));
	}

	@Operation(summary = "Choose the minor classes a district offers as its services")
	@PutMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Offer put(@PathVariable String district, @RequestBody OfferBody body) {
		return new Offer(district, false, offers.put(district, body.classes()));
	}

	@Operation(summary = "Let a district offer the whole catalogue again")
	@DeleteMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> clear(@PathVariable String district) {
		offers.clear(district);
		return ResponseEntity.noContent().build();
	}

	/** The classes to offer, at least one. */
	record OfferBody(List<OfferedClass> classes) {
	}

	/** A district's services: the classes it chose, or the whole catalogue. */
	record Offer(String district, boolean wholeCatalogue, List<OfferedClass> classes) {
	}
}
