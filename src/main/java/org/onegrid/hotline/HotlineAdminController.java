package org.onegrid.hotline;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hotline sources and their category mappings, for holders of {@code hotline:manage}. */
@Tag(name = "Hotline", description = "热线与平台工单 / Tickets from hotlines and platforms")
@RestController
@RequestMapping("/api/v1/hotline/sources")
class HotlineAdminController {

	private final HotlineSources sources;

	private final CategoryMappings mappings;

	HotlineAdminController(HotlineSources sources, CategoryMappings mappings) {
		this.sources = sources;
		this.mappings = mappings;
	}

	@Operation(summary = "Every hotline source with its channel, time limit and push-back target")
	@GetMapping
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT)
	List<HotlineSource> list() {
		return sources.list();
	}

	@Operation(summary = "One hotline source")
	@GetMapping("/{code}")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT)
	HotlineSource get(@PathVariable String code) {
		return sources.get(code);
	}

	@Operation(summary = "Add a hotline source or change its name, channel, time limit or push-back target")
	@PutMapping("/{code}")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	HotlineSource put(@PathVariable String code, @RequestBody SourceRequest request) {
		return sources.put(code, request);
	}

	@Operation(summary = "The source's category mapping table")
	@GetMapping("/{code}/mappings")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT)
	List<CategoryMapping> mappings(@PathVariable String code) {
		return mappings.list(code);
	}

	@Operation(summary = "Replace the source's category mapping table")
	@PutMapping("/{code}/mappings")
	@Allow(value = "hotline:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	List<CategoryMapping> replaceMappings(@PathVariable String code, @RequestBody MappingsRequest request) {
		return mappings.replace(code, request);
	}
}
