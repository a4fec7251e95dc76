package org.onegrid.attachment.internal;

/**
 * Takes the GPS position out of an uploaded file before it is stored, for the formats whose metadata can be
 * changed without touching the picture: JPEG, PNG, WebP and HEIC. PDF files are returned unchanged.
 */
public final class LocationRemoval {

	private LocationRemoval() {
	}

	/** Whether {@link #strip} can remove a position from files of this type. */
	public static boolean handles(FileType type) {
		return type != FileType.PDF;
	}

	/**
	 * The file without its position; the input is left as it was.
	 *
	 * @throws MalformedFileException when the file's structure is too damaged to be checked
	 */
	public static byte[] strip(FileType type, byte[] file) {
		return switch (type) {
			case JPEG -> JpegLocation.strip(file.clone());
			case PNG -> PngLocation.strip(file.clone());
			case WEBP -> WebpLocation.strip(file);
			case HEIC -> HeicLocation.strip(file);
			case PDF -> file;
		};
	}
}
