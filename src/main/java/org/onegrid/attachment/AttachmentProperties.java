package org.onegrid.attachment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.onegrid.attachment.internal.FileType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and what is accepted.
 *
 * @param directory the directory of the file store; created when missing
 * @param maxSize the largest file accepted, as uploaded
 * @param types the content types accepted, each recognised by the file's content: any of {@code image/jpeg},
 * {@code image/png}, {@code image/webp}, {@code image/heic}, {@code application/pdf}
 * @param unusedAfter how long an upload no case step refers to is kept: long enough for a report queued on a phone
 * without signal to be sent, after which the file is taken for abandoned and removed
 */
@ConfigurationProperties("onegrid.attachments")
record AttachmentProperties(@DefaultValue("./data/attachments") Path directory,
		@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue({ "image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf" }) List<String> types,
		@DefaultValue("7d") Duration unusedAfter) {

	AttachmentProperties {
		for (String type : types) {
			if (FileType.ofContentType(type).isEmpty()) {
				throw new IllegalArgumentException("onegrid.attachments.types: '" + type
						+ "' cannot be recognised by content; use any of image/jpeg, image/png, image/webp, "
						+ "image/heic, application/pdf");
			}
		}
		types = List.copyOf(types);
		if (unusedAfter.isNegative() || unusedAfter.isZero()) {
			throw new IllegalArgumentException("onegrid.attachments.unused-after must be positive");
		}
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("onegrid.attachments.max-size must be positive");
		}
	}

	boolean accepts(FileType type) {
		return types.stream().anyMatch(type.contentType()::equalsIgnoreCase);
	}
}
