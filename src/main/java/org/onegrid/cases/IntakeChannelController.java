package org.onegrid.cases;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The district's intake channels: read by everyone signed in, kept by holders of {@code catalogue:manage}. */
@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Cases", description = "案件: intake, lifecycle actions, timeline and search")
class IntakeChannelController {

	private final IntakeChannels channels;

	IntakeChannelController(IntakeChannels channels) {
		this.channels = channels;
	}

	@Operation(summary = "Every intake channel (受理渠道), the built-in ones first")
	@GetMapping
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<IntakeChannel> list() {
		return channels.list();
	}

	@Operation(summary = "One intake channel")
	@GetMapping("/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	IntakeChannel get(@PathVariable String code) {
		return channels.get(code);
	}

	@Operation(summary = "Add or change a channel: its names, the built-in channel whose rules it follows (kind) and "
			+ "the details its reports carry (201 when created)")
	@PutMapping("/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<IntakeChannel> put(@PathVariable String code, @RequestBody IntakeChannel.Definition definition) {
		if (channels.put(code, definition)) {
			return ResponseEntity.created(URI.create("/api/v1/channels/" + code)).body(channels.get(code));
		}
		return ResponseEntity.ok(channels.get(code));
	}

	@Operation(summary = "Remove a channel no case was taken in on; the built-in ones stay")
	@DeleteMapping("/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		channels.delete(code);
		return ResponseEntity.noContent().build();
	}
}
