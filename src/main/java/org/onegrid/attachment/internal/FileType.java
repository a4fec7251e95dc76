package org.onegrid.attachment.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file OneGrid can recognise by their first bytes (their signature), whatever name or content type the
 * client gave them.
 */
public enum FileType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp"), HEIC("image/heic", "heic"),
	PDF("application/pdf", "pdf");

	/** The ISO base media brands of HEIF images, as the {@code ftyp} box names them. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1");

	private final String contentType;

	private final String extension;

	FileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The usual file name extension, without the dot. */
	public String extension() {
		return extension;
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	/** The type with this content type, such as {@code image/jpeg}. */
	public static Optional<FileType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(type -> type.contentType.equalsIgnoreCase(contentType)).findFirst();
	}

	/** The type the file's first bytes show, or empty when they match none of the known signatures. */
	public static Optional<FileType> sniff(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		if (ascii(head, 4, "ftyp") && head.length >= 12
				&& HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
			return Optional.of(HEIC);
		}
		if (ascii(head, 0, "%PDF-")) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	private static boolean ascii(byte[] bytes, int at, String text) {
		return startsWith(bytes, at, text.chars().toArray());
	}

	private static boolean startsWith(byte[] bytes, int at, int... expected) {
		if (bytes.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
