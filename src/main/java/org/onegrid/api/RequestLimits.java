package org.onegrid.api;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code body} for every call, with larger allowances for the paths that take
 * whole files, such as a GeoJSON import. One oversized request must not take the memory every other caller needs.
 *
 * @param body the limit for any request body
 * @param paths larger (or smaller) limits by path pattern, such as {@code /api/v1/layers/*}{@code /import}
 */
@ConfigurationProperties("onegrid.api.request-limits")
record RequestLimits(DataSize body, Map<String, DataSize> paths) {

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	RequestLimits {
		body = body == null ? DataSize.ofMegabytes(1) : body;
		paths = paths == null ? Map.of() : Map.copyOf(paths);
	}

	/** The largest body, in bytes, a request to {@code path} may send. */
	long bytesFor(String path) {
		return paths.entrySet().stream()
			.filter(entry -> MATCHER.match(entry.getKey(), path))
			.mapToLong(entry -> entry.getValue().toBytes())
			.findFirst()
			.orElse(body.toBytes());
	}
}
