package org.onegrid.history;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of historical cases from CSV files, for holders of {@code history:import} (the system administrator).
 */
@Tag(name = "Imports", description = "历史案件导入 / Historical cases imported from CSV files")
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private final Imports imports;

	private final Authorization authorization;

	ImportController(Imports imports, Authorization authorization) {
		this.imports = imports;
		this.authorization = authorization;
	}

	@Operation(summary = "Import a CSV file (field 'file') by a shipped mapping's name or a mapping document; "
			+ "dryRun=true reports the rows that would fail and writes nothing")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Allow(value = "history:import", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mapping", required = false) String mapping,
			@RequestParam(name = "mappingDocument", required = false) String mappingDocument,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
		if (file == null || file.isEmpty()) {
			throw ApiProblem.invalidField("file", "REQUIRED", "a CSV file is required");
		}
		try {
			return run(new String(file.getBytes(), StandardCharsets.UTF_8), mapping, mappingDocument, dryRun);
		}
		catch (IOException e) {
			throw ApiProblem.invalidField("file", "UNREADABLE", "the file could not be read");
		}
	}

	@Operation(summary = "Import a CSV body by a shipped mapping's name; dryRun=true writes nothing")
	@PostMapping(consumes = "text/csv")
	@Allow(value = "history:import", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<?> csv(@RequestBody String content, @RequestParam(name = "mapping") String mapping,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
		return run(content, mapping, null, dryRun);
	}

	@Operation(summary = "One import's progress, with the rows that could not be imported and why")
	@GetMapping("/{id}")
	@Allow(value = "history:import", scope = AccessScope.DISTRICT)
	ImportJob get(@PathVariable long id) {
		return imports.get(id, authorization.current());
	}

	@Operation(summary = "The latest hundred imports, newest first")
	@GetMapping
	@Allow(value = "history:import", scope = AccessScope.DISTRICT)
	List<ImportJob> list() {
		return imports.list(authorization.current());
	}

	private ResponseEntity<?> run(String content, String mapping, String document, boolean dryRun) {
		if (dryRun) {
			return ResponseEntity.ok(imports.dryRun(content, mapping, document, authorization.current()));
		}
		ImportJob job = imports.start(content, mapping, document, authorization.current());
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
	}
}
