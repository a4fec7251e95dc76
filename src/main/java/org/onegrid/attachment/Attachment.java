package org.onegrid.attachment;

import java.util.UUID;

/**
 * An uploaded file as the API shows it.
 *
 * @param url the address to download it from, and the reference a case step lists among its attachments
 * @param contentType the type recognised from the file's content
 * @param size the stored size in bytes (after any position was removed)
 * @param name the file name the client gave, without any directory
 */
record Attachment(UUID id, String url, String contentType, long size, String name) {
}
