package org.onegrid.open311;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of every Open311 answer, chosen by the path's extension. A document is built once, of maps (in
 * the order of their keys), lists and plain values, and written in either format.
 */
enum Format {

	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),

	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final MediaType type;

	Format(MediaType type) {
		this.type = type;
	}

	/** The format an extension names; an unknown extension is refused as the spec refuses an unknown resource. */
	static Format of(String extension) {
		if ("json".equals(extension) || "xml".equals(extension)) {
			return valueOf(extension.toUpperCase(Locale.ROOT));
		}
		throw Open311Failure.notFound("Unknown format '" + extension + "'; use .json or .xml");
	}

	/** The format a request path ends in, JSON unless it ends in {@code .xml}. */
	static Format ofPath(String path) {
		return path != null && path.endsWith(".xml") ? XML : JSON;
	}

	MediaType type() {
		return type;
	}

	/**
	 * The document as an answer: in XML, {@code root} names the outer element and each list's items are named by
	 * {@link XmlDocument}; in JSON the value stands alone.
	 */
	ResponseEntity<String> answer(HttpStatus status, String root, Object document) {
		String body = this == JSON ? MAPPER.writeValueAsString(document) : XmlDocument.write(root, document);
		return ResponseEntity.status(status).contentType(type).body(body);
	}

	ResponseEntity<String> ok(String root, Object document) {
		return answer(HttpStatus.OK, root, document);
	}
}
