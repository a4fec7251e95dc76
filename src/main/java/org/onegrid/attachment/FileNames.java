package org.onegrid.attachment;

import org.onegrid.attachment.internal.FileType;

/** File names and sizes as people read them. */
final class FileNames {

	private static final int MAX_NAME = 200;

	private FileNames() {
	}

	/**
	 * The name a client gave, without any directory, control or formatting characters, quotes or surrounding spaces, and at most 200
	 * characters long; {@code attachment.<extension>} when nothing is left.
	 */
	static String clean(String given, FileType type) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.length() > MAX_NAME) {
			name = name.substring(name.length() - MAX_NAME);
		}
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\"]", "").strip();
		return name.isEmpty() || name.equals(".") || name.equals("..") ? "attachment." + type.extension() : name;
	}

	static String size(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
	}
}
