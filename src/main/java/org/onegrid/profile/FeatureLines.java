package org.onegrid.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line where a GeoJSON file's n-th feature begins, so that a grid's problem names its line. */
final class FeatureLines {

	private static final Pattern FEATURE = Pattern.compile("\"type\"\\s*:\\s*\"Feature\"");

	private FeatureLines() {
	}

	/** The line (from 1) of feature {@code index} (from 0); 0 for the file as a whole or a feature not found. */
	static int lineOf(String text, int index) {
		if (text == null || index < 0) {
			return 0;
		}
		Matcher matcher = FEATURE.matcher(text);
		for (int i = 0; matcher.find(); i++) {
			if (i == index) {
				int line = 1;
				for (int c = 0; c < matcher.start(); c++) {
					if (text.charAt(c) == '\n') {
						line++;
					}
				}
				return line;
			}
		}
		return 0;
	}
}
