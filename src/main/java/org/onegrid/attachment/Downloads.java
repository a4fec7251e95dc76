package org.onegrid.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.onegrid.access.Grant;
import org.onegrid.api.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Hands out stored files to those who may see them: their uploader, and whoever may see a case that refers to
 * them. Anyone else is told the file does not exist, as for an unknown id.
 */
@Service
class Downloads {

	private final Attachments attachments;

	private final AttachmentReferences references;

	private final FileStore store;

	Downloads(Attachments attachments, AttachmentReferences references, FileStore store) {
		this.attachments = attachments;
		this.references = references;
		this.store = store;
	}

	/** A file's metadata and its bytes, which the caller closes. */
	record Download(StoredAttachment attachment, InputStream content) {
	}

	Download open(UUID id, Grant grant) {
		StoredAttachment attachment = attachments.find(id).filter(found -> references.mayUse(found, grant))
			.orElseThrow(() -> ApiProblem.notFound("Attachment", id.toString()));
		try {
			return new Download(attachment, store.open(attachment.key()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The attachment store has no file for attachment " + id, e);
		}
	}
}
