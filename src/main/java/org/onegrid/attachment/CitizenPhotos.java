package org.onegrid.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.attachment.internal.FileType;
import org.onegrid.attachment.internal.LocationRemoval;
import org.onegrid.attachment.internal.MalformedFileException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos a citizen without an account sends with a report. Only JPEG and PNG photos are taken, each within the
 * attachment store's size limit, and at most {@link #MAX} of them. All of a report's photos are checked before any
 * is stored, so a refused report leaves nothing behind; each is cleared of its GPS position, since the person who
 * took it is nobody's colleague. A stored photo is read back only through a case that refers to it, so the caller
 * decides who may see it.
 */
@Service
public class CitizenPhotos {

	/** The most photos one report may carry. */
	public static final int MAX = 3;

	private static final List<FileType> TYPES = List.of(FileType.JPEG, FileType.PNG);

	private final Uploads uploads;

	private final Attachments attachments;

	private final FileStore store;

	private final AttachmentProperties properties;

	CitizenPhotos(Uploads uploads, Attachments attachments, FileStore store, AttachmentProperties properties) {
		this.uploads = uploads;
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
	}

	/** A stored photo's type and bytes; the caller closes the stream. */
	public record Photo(String contentType, long size, InputStream content) {
	}

	/**
	 * Checks every photo, refusing them all, field by field as {@code field[i]}, when any is empty, too big, not a
	 * JPEG or PNG by its content, or damaged, or when there are more than {@link #MAX}; then stores them and gives
	 * their references, in order.
	 */
	public List<String> store(List<MultipartFile> photos, String field, String uploadedBy) {
		List<Violation> violations = new ArrayList<>();
		if (photos.size() > MAX) {
			violations.add(new Violation(field, "TOO_MANY", "最多 " + MAX + " 张照片 / A report may carry at most "
					+ MAX + " photos; it has " + photos.size()));
		}
		List<Uploads.Checked> checked = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			uploads.check(photos.get(i), field + "[" + i + "]", TYPES, true, violations).ifPresent(checked::add);
		}
		Fields.failIfAny(violations);
		List<String> references = new ArrayList<>();
		try {
			for (Uploads.Checked photo : checked) {
				references.add(uploads.keep(photo, uploadedBy).url());
			}
		}
		catch (RuntimeException e) {
			discard(references);
			throw e;
		}
		return references;
	}

	/** Removes stored photos that no case refers to, such as those of a report the intake then refused. */
	public void discard(List<String> references) {
		List<UUID> ids = references.stream().filter(AttachmentReferences::isReference)
			.map(AttachmentReferences::idOf).flatMap(Optional::stream).toList();
		for (StoredAttachment removed : attachments.removeUnused(ids)) {
			try {
				store.delete(removed.key());
			}
			catch (IOException e) {
				throw new UncheckedIOException("The attachment store could not remove " + removed.key(), e);
			}
		}
	}

	/** The photo a reference names, if it is stored. */
	public Optional<Photo> open(String reference) {
		if (!AttachmentReferences.isReference(reference)) {
			return Optional.empty();
		}
		return AttachmentReferences.idOf(reference).flatMap(attachments::find).map(found -> {
			try {
				return new Photo(found.contentType(), found.size(), store.open(found.key()));
			}
			catch (IOException e) {
				throw new UncheckedIOException("The attachment store has no file for attachment " + found.id(), e);
			}
		});
	}

	/** The size limit of one photo, for the portal's form. */
	public long maxSize() {
		return properties.maxSize().toBytes();
	}
}
