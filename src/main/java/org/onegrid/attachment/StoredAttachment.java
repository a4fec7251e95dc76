package org.onegrid.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * What the database keeps about a stored file: never its bytes.
 *
 * @param locationRemoved whether a GPS position was looked for and removed before storing
 */
record StoredAttachment(UUID id, String sha256, String contentType, long size, String name, String uploadedBy,
		Instant createdAt, boolean locationRemoved) {

	/** The key of its bytes in the file store. */
	String key() {
		return id.toString();
	}

	Attachment view() {
		return new Attachment(id, AttachmentReferences.urlOf(id), contentType, size, name);
	}
}
