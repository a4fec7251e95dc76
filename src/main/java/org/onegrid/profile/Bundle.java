package org.onegrid.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.onegrid.api.ApiProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * A bundle's files by their path inside it ({@code profile.yaml}, {@code grids/ops.geojson}), as UTF-8 text. A zip
 * may hold them at its top or inside one folder; a zip that would unpack to more than {@link #MOST_BYTES} bytes or
 * {@link #MOST_FILES} files is refused before it is unpacked any further.
 */
final class Bundle {

	static final int MOST_FILES = 200;

	static final long MOST_BYTES = 64L * 1024 * 1024;

	private Bundle() {
	}

	static Map<String, String> fromZip(byte[] zip) {
		Map<String, String> files = new TreeMap<>();
		long total = 0;
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				if (files.size() >= MOST_FILES) {
					throw refused("a bundle holds at most " + MOST_FILES + " files");
				}
				byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MOST_BYTES - total + 1));
				total += bytes.length;
				if (total > MOST_BYTES) {
					throw refused("a bundle unpacks to at most " + MOST_BYTES / 1024 / 1024 + " MB");
				}
				files.put(path(entry.getName()), utf8(entry.getName(), bytes));
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw refused("the body is not a readable zip file: " + e.getMessage());
		}
		if (files.isEmpty()) {
			throw refused("the body is not a zip file with a profile.yaml in it");
		}
		return withoutCommonFolder(files);
	}

	/** The JSON form: {@code {"files": {"profile.yaml": "…", "grids/ops.geojson": "…"}}}. */
	static Map<String, String> fromJson(JsonNode body) {
		JsonNode node = body == null ? null : body.get("files");
		if (node == null || !node.isObject() || body.size() != 1) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					"send {\"files\": {\"profile.yaml\": \"…\", …}}: each file's path in the bundle and its text");
		}
		Map<String, String> files = new TreeMap<>();
		for (var entry : node.properties()) {
			if (!entry.getValue().isString()) {
				throw ApiProblem.invalidField("files." + entry.getKey(), "NOT_TEXT", "a file's content is its text");
			}
			files.put(path(entry.getKey()), text(entry.getKey(), entry.getValue().asString()));
		}
		if (files.size() > MOST_FILES) {
			throw refused("a bundle holds at most " + MOST_FILES + " files");
		}
		return files;
	}

	/** A bundle shipped with OneGrid, such as {@code profiles/changhe}. */
	static Map<String, String> fromClasspath(String folder) {
		Map<String, String> files = new TreeMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + folder + "/**/*.*");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(folder + "/") + folder.length() + 1);
				files.put(name, utf8(name, resource.getContentAsByteArray()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static String path(String name) {
		String path = name.replace('\\', '/');
		if (path.startsWith("/") || path.contains("../") || path.equals("..") || path.length() > 200
				|| path.chars().anyMatch(c -> c < 0x20)) {
			throw refused("'" + name.replaceAll("\\p{Cntrl}", "?") + "' is not a plain path inside the bundle");
		}
		return path;
	}

	private static String utf8(String name, byte[] bytes) {
		try {
			return text(name, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException e) {
			throw refused("'" + name + "' is not UTF-8 text");
		}
	}

	private static String text(String name, String text) {
		if (text.indexOf('\0') >= 0) {
			throw refused("'" + path(name) + "' holds a NUL character; a bundle's files are text");
		}
		return text;
	}

	private static Map<String, String> withoutCommonFolder(Map<String, String> files) {
		if (files.containsKey("profile.yaml")) {
			return files;
		}
		String first = files.keySet().iterator().next();
		int slash = first.indexOf('/');
		if (slash < 0) {
			return files;
		}
		String folder = first.substring(0, slash + 1);
		if (!files.keySet().stream().allMatch(name -> name.startsWith(folder))) {
			return files;
		}
		Map<String, String> inner = new TreeMap<>();
		files.forEach((name, text) -> inner.put(name.substring(folder.length()), text));
		return inner;
	}

	private static ApiProblem refused(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-bundle", detail);
	}
}
