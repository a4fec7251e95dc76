package org.onegrid.hotline;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Push-back targets of channels whose cases come in through the API, for holders of {@code hotline:manage}. */
@Tag(name = "Hotline", description = "热线与平台工单 / Tickets from hotlines and platforms")
@RestController
@RequestMapping("/api/v1/hotline/channels")
class ChannelPushBackController {

	private final ChannelPushBacks targets;

	ChannelPushBackController(ChannelPushBacks targets) {
		this.targets = targets;
	}

	@Operation(summary = "Every channel whose cases' results are pushed back, with its webhook subscriber")
	@GetMapping
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT)
	List<ChannelPushBacks.Target> list() {
		return targets.list();
	}

	@Operation(summary = "Push the results of the channel's cases back to a webhook subscriber")
	@PutMapping("/{code}/push-back")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ChannelPushBacks.Target put(@PathVariable String code, @RequestBody ChannelPushBacks.TargetRequest request) {
		return targets.put(code, request);
	}

	@Operation(summary = "Stop pushing the results of the channel's cases back")
	@DeleteMapping("/{code}/push-back")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String code) {
		targets.remove(code);
	}
}
