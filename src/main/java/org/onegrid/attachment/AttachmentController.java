package org.onegrid.attachment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a photo or document for a case, and reading it back.
 */
@RestController
@RequestMapping("/api/v1/attachments")
@Tag(name = "Attachments", description = "附件: photos and documents for case reports, feedback and checks")
class AttachmentController {

	private final Uploads uploads;

	private final Downloads downloads;

	private final Authorization authorization;

	AttachmentController(Uploads uploads, Downloads downloads, Authorization authorization) {
		this.uploads = uploads;
		this.downloads = downloads;
		this.authorization = authorization;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload one file (field 'file'); its address is the reference a case step lists")
	@Allow(value = { "case:create", "case:verify", "case:feedback", "case:assist-feedback", "case:check" },
			scope = AccessScope.OWN, audit = AuditClass.OWN)
	ResponseEntity<Attachment> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
		Attachment attachment = uploads.upload(file, authorization.current());
		return ResponseEntity.created(URI.create(attachment.url())).body(attachment);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The file, for its uploader and whoever may see a case that refers to it")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.FILTERED)
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id) {
		Downloads.Download download = downloads.open(id, authorization.current());
		StoredAttachment file = download.attachment();
		ContentDisposition disposition = (file.contentType().startsWith("image/") ? ContentDisposition.inline()
				: ContentDisposition.attachment()).filename(file.name(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.cacheControl(CacheControl.empty().cachePrivate())
			.eTag(file.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", disposition.toString())
			.body(new InputStreamResource(download.content()));
	}
}
