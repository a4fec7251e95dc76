package org.onegrid.cases;

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
 * The channels each district served takes cases in on, chosen from the installation's channels.
 */
@RestController
@RequestMapping("/api/v1/district-channels")
@Tag(name = "Cases")
class DistrictChannelController {

	private final DistrictChannels channels;

	private final Districts districts;

	DistrictChannelController(DistrictChannels channels, Districts districts) {
		this.channels = channels;
		this.districts = districts;
	}

	@Operation(summary = "The channels a district takes cases in on; everyChannel when it names none")
	@GetMapping("/{district}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Taken get(@PathVariable String district) {
		districts.get(district);
		return channels.of(district).map(named -> new Taken(district, false, named))
			.orElseGet(() -> new Taken(district, true, List.of()));
	}

	@Operation(summary = "Choose the channels a district takes cases in on")
	@PutMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Taken put(@PathVariable String district, @RequestBody ChannelsBody body) {
		return new Taken(district, false, channels.put(district, body.channels()));
	}

	@Operation(summary = "Let a district take cases on every channel again")
	@DeleteMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> clear(@PathVariable String district) {
		channels.clear(district);
		return ResponseEntity.noContent().build();
	}

	/** The channel codes to take cases in on, at least one. */
	record ChannelsBody(List<String> channels) {
	}

	/** A district's channels: the ones it chose, or every channel. */
	record Taken(String district, boolean everyChannel, List<String> channels) {
	}
}
