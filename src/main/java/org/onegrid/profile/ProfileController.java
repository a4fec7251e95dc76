package org.onegrid.profile;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.CurrentCaller;
import org.onegrid.api.AccessScope;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.people.Permissions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "District profiles", description = "区县/街道配置包 / A district's whole system as one bundle")
@RestController
@RequestMapping("/api/v1/profiles")
class ProfileController {

	private static final String ZIP = "application/zip";

	private final ProfileLoading loading;

	private final ProfileExport export;

	ProfileController(ProfileLoading loading, ProfileExport export) {
		this.loading = loading;
		this.export = export;
	}

	@Operation(summary = "Load a district profile from a zip of its bundle; with dryRun=true only list what would "
			+ "change and every error")
	@PostMapping(consumes = ZIP)
	@Allow(value = Permissions.PROFILE_LOAD, scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ProfileResult loadZip(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
		return answer(loading.load(Bundle.fromZip(body), dryRun, actor()));
	}

	@Operation(summary = "Load a district profile sent as {\"files\": {\"profile.yaml\": \"…\", …}}; with "
			+ "dryRun=true only list what would change and every error")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Allow(value = Permissions.PROFILE_LOAD, scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ProfileResult loadJson(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean dryRun) {
		return answer(loading.load(Bundle.fromJson(body), dryRun, actor()));
	}

	@Operation(summary = "The ids of the profiles loaded into this installation")
	@GetMapping
	@Allow(value = Permissions.PROFILE_LOAD, scope = AccessScope.DISTRICT)
	List<String> list() {
		return export.loadedIds();
	}

	@Operation(summary = "A loaded profile as a zip of its bundle, as stored now")
	@GetMapping(path = "/{id}/export", produces = ZIP)
	@Allow(value = Permissions.PROFILE_LOAD, scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	ResponseEntity<byte[]> export(@PathVariable String id) {
		if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw ApiProblem.notFound("Profile", id);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".zip").build()
				.toString())
			.contentType(MediaType.parseMediaType(ZIP))
			.body(export.export(id));
	}

	private static String actor() {
		return CurrentCaller.require().username();
	}

	/** A dry run answers with its findings; a refused load is a 422 listing every error with its place. */
	private static ProfileResult answer(ProfileResult result) {
		if (!result.dryRun() && !result.loaded()) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "profile-refused", result.errors().size()
					+ " problem(s) found; the profile was refused whole and nothing was changed", result.errors())
				.with("warnings", result.warnings());
		}
		return result;
	}
}
