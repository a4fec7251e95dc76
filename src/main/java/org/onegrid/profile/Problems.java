package org.onegrid.profile;

import java.util.ArrayList;
import java.util.List;

/** The errors and warnings found while reading and checking one bundle, each at its place. */
final class Problems {

	private final List<ProfileError> errors = new ArrayList<>();

	private final List<ProfileError> warnings = new ArrayList<>();

	void error(String file, int line, String code, String reason) {
		errors.add(new ProfileError(file, line, code, reason));
	}

	void error(Value at, String code, String reason) {
		error(at.file(), at.line(), code, reason);
	}

	void warning(Value at, String code, String reason) {
		warnings.add(new ProfileError(at.file(), at.line(), code, reason));
	}

	boolean any() {
		return !errors.isEmpty();
	}

	List<ProfileError> errors() {
		return List.copyOf(errors);
	}

	List<ProfileError> warnings() {
		return List.copyOf(warnings);
	}
}
