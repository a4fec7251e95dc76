package org.onegrid.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.onegrid.attachment.internal.FileType;
import org.onegrid.attachment.internal.LocationRemoval;
import org.onegrid.attachment.internal.MalformedFileException;
import org.onegrid.people.Permissions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an uploaded file in: checks its size and its type by its content (not by the name or type the client
 * claims), removes its GPS position unless the uploader's role holds {@code attachment:keep-location}, writes it
 * to the file store and only then records its metadata. A failure while recording removes the stored file again,
 * so no row ever points at a missing file; a crash between the two leaves at most a file without a row, which
 * nobody can reach.
 */
@Service
class Uploads {

	private final Attachments attachments;

	private final FileStore store;

	private final AttachmentProperties properties;

	private final Clock clock;

	Uploads(Attachments attachments, FileStore store, AttachmentProperties properties, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	Attachment upload(MultipartFile file, Grant grant) {
		if (file == null || file.isEmpty()) {
			throw ApiProblem.invalidField("file", "REQUIRED",
					"请选择要上传的文件 / Send one non-empty file in the multipart field 'file'");
		}
		if (file.getSize() > properties.maxSize().toBytes()) {
			throw tooLarge();
		}
		byte[] bytes = read(file);
		FileType type = FileType.sniff(bytes).filter(properties::accepts).orElseThrow(this::unsupported);
		boolean strip = !grant.permits(Permissions.ATTACHMENT_KEEP_LOCATION) && LocationRemoval.handles(type);
		byte[] kept;
		try {
			kept = strip ? LocationRemoval.strip(type, bytes) : bytes;
		}
		catch (MalformedFileException e) {
			throw ApiProblem.invalidField("file", "DAMAGED", "文件已损坏 / The file looks like " + type.contentType()
					+ " but cannot be read (" + e.getMessage() + ")");
		}
		return keep(new Checked(type, kept, strip, file.getOriginalFilename()), grant.username());
	}

	/** A file that passed the checks, ready to be stored. */
	record Checked(FileType type, byte[] bytes, boolean locationRemoved, String originalName) {
	}

	/**
	 * Checks one file of several as {@code field}, adding a violation and giving nothing when it is empty, larger
	 * than the limit, none of {@code types} by its content or damaged.
	 */
	Optional<Checked> check(MultipartFile file, String field, List<FileType> types, boolean stripLocation,
			List<Violation> violations) {
		if (file == null || file.isEmpty()) {
			violations.add(new Violation(field, "REQUIRED", "文件为空 / The file is empty"));
			return Optional.empty();
		}
		if (file.getSize() > properties.maxSize().toBytes()) {
			violations.add(new Violation(field, "TOO_LARGE", "文件过大 / a file may have at most "
					+ FileNames.size(properties.maxSize().toBytes())));
			return Optional.empty();
		}
		byte[] bytes = read(file);
		Optional<FileType> type = FileType.sniff(bytes).filter(types::contains).filter(properties::accepts);
		if (type.isEmpty()) {
			violations.add(new Violation(field, "UNSUPPORTED_TYPE", "不支持的文件类型 / by its content, the file is none of "
					+ String.join(", ", types.stream().map(FileType::contentType).toList())));
			return Optional.empty();
		}
		boolean strip = stripLocation && LocationRemoval.handles(type.get());
		try {
			return Optional.of(new Checked(type.get(), strip ? LocationRemoval.strip(type.get(), bytes) : bytes, strip,
					file.getOriginalFilename()));
		}
		catch (MalformedFileException e) {
			violations.add(new Violation(field, "DAMAGED", "文件已损坏 / The file looks like "
					+ type.get().contentType() + " but cannot be read (" + e.getMessage() + ")"));
			return Optional.empty();
		}
	}

	/** Stores a checked file and then its metadata; a failure in between removes the file again. */
	Attachment keep(Checked file, String uploadedBy) {
		StoredAttachment stored = new StoredAttachment(UUID.randomUUID(), sha256(file.bytes()),
				file.type().contentType(), file.bytes().length, FileNames.clean(file.originalName(), file.type()),
				uploadedBy, clock.instant(), file.locationRemoved());
		try {
			store.put(stored.key(), file.bytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The attachment store could not write " + stored.key(), e);
		}
		try {
			attachments.add(stored);
		}
		catch (RuntimeException e) {
			forget(stored, e);
			throw e;
		}
		return stored.view();
	}

	private void forget(StoredAttachment stored, RuntimeException failure) {
		try {
			store.delete(stored.key());
		}
		catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	private ApiProblem tooLarge() {
		String limit = FileNames.size(properties.maxSize().toBytes());
		return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
				"文件过大 / The file is larger than the " + limit + " allowed",
				List.of(new Violation("file", "TOO_LARGE", "a file may have at most " + limit)));
	}

	private ApiProblem unsupported() {
		return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"不支持的文件类型 / This kind of file is not accepted",
				List.of(new Violation("file", "UNSUPPORTED_TYPE", "by its content, the file is none of "
						+ String.join(", ", properties.types()))));
	}

	private static byte[] read(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw ApiProblem.invalidField("file", "UNREADABLE", "The uploaded file could not be read");
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
