package org.onegrid.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every API call and refuses what no endpoint can take: a body larger than the path allows
 * (413), and the NUL character in a path, query parameter or body (400, naming the field). The refusal comes before
 * any endpoint runs, so the request changes nothing. JSON and text bodies are read whole and checked; other
 * bodies (file uploads, forms) are held to the limit by their declared length and Spring's multipart limits.
 */
final class RequestGuard extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final ProblemWriter problems;

	RequestGuard(RequestLimits limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Violation> nul = nulInPath(request).or(() -> nulInQuery(request.getQueryString()));
		if (nul.isPresent()) {
			problems.badRequest(response, nul.get());
			return;
		}
		long limit = limits.bytesFor(request.getRequestURI().substring(request.getContextPath().length()));
		if (request.getContentLengthLong() > limit) {
			problems.tooLarge(response, limit);
			return;
		}
		if (request.getContentLengthLong() == 0 || !hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = read(request.getInputStream(), limit);
		if (body == null) {
			problems.tooLarge(response, limit);
			return;
		}
		nul = isJson(request.getContentType()) ? NulCharacters.inJson(body)
				: NulCharacters.in("body", new String(body, StandardCharsets.UTF_8));
		if (nul.isPresent()) {
			problems.badRequest(response, nul.get());
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	/** Whether the body is text this guard reads whole: JSON or plain text, never a file upload or a form. */
	private static boolean hasBody(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (isJson(type) || type.startsWith("text/"));
	}

	private static boolean isJson(String contentType) {
		return contentType != null && (contentType.contains("/json") || contentType.contains("+json"));
	}

	private static Optional<Violation> nulInPath(HttpServletRequest request) {
		String path = decoded(request.getRequestURI());
		return NulCharacters.holdsNul(path) ? NulCharacters.in("path", path).map(v -> new Violation("path",
				v.code(), "the address contains the NUL character (%00), which cannot be stored; remove it"))
				: Optional.empty();
	}

	private static Optional<Violation> nulInQuery(String query) {
		if (query == null || query.indexOf('%') < 0 && query.indexOf(NulCharacters.NUL) < 0) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
			Optional<Violation> found = NulCharacters.in(name, name).or(() -> NulCharacters.in(name, value));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static String decoded(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}

	/** The whole body, or {@code null} when it is longer than {@code limit} bytes. */
	private static byte[] read(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
			out.write(chunk, 0, n);
			if (out.size() > limit) {
				return null;
			}
		}
		return out.toByteArray();
	}
}
