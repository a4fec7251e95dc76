package org.onegrid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The version of each of OneGrid's own scripts and styles, taken from a digest of what it holds, so that a page can
 * name the exact build of every script it loads ({@code /app/api.js?v=…}). A browser may keep a file asked for by
 * its version for a year without asking again, because a changed file gets another version and the page, which is
 * always checked, names the new one: a second visit from a phone then fetches nothing but what changed. An import map
 * in the page sends every import of a versioned script to its versioned address, so that no script is loaded under
 * two addresses (which would give it two separate states).
 */
@Component
final class ScriptVersions {

	private static final Pattern OWN_FILE = Pattern.compile("/app/[A-Za-z0-9/._-]+\\.(js|css)");

	private final ClassLoader classes;

	/** The versions of the files found; a path with no file is not kept, since any client may ask for any path. */
	private final Map<String, String> versions = new ConcurrentHashMap<>();

	ScriptVersions() {
		this.classes = ScriptVersions.class.getClassLoader();
	}

	/** The version of the file at {@code path} (such as {@code /app/api.js}), if OneGrid serves one there. */
	Optional<String> of(String path) {
		if (!OWN_FILE.matcher(path).matches() || path.contains("..")) {
			return Optional.empty();
		}
		String known = versions.get(path);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<String> found = digestOf(path);
		found.ifPresent(version -> versions.put(path, version));
		return found;
	}

	/** The address that names the file's version, or the path as it is when OneGrid serves no such file. */
	String address(String path) {
		return of(path).map(version -> path + "?v=" + version).orElse(path);
	}

	/**
	 * The text of an import map that sends each of the scripts to its versioned address; empty when none has a
	 * version.
	 */
	String importMap(Collection<String> scripts) {
		StringJoiner imports = new StringJoiner(",", "{\"imports\":{", "}}");
		imports.setEmptyValue("");
		for (String script : scripts) {
			of(script).ifPresent(version -> imports.add("\"" + script + "\":\"" + script + "?v=" + version + "\""));
		}
		return imports.toString();
	}

	private Optional<String> digestOf(String path) {
		try (InputStream in = classes.getResourceAsStream("static" + path)) {
			return in == null ? Optional.empty() : Optional.of(HexFormat.of().formatHex(sha256(in.readAllBytes()), 0, 6));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
