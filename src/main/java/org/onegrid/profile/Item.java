package org.onegrid.profile;

/** One entry of a bundle's section, read into what the owning module takes, with its place in the bundle. */
record Item<T>(Value at, String key, T value) {

	String file() {
		return at.file();
	}

	int line() {
		return at.line();
	}
}
