package org.onegrid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves OneGrid's pages with a {@code <link rel="modulepreload">} for every script their module needs
 * ({@link ModuleGraph}), so that a browser fetches the whole page in about one round trip, not one per level of
 * imports; the scripts it loads only on demand are listed in {@code <meta name="modules-on-demand">}, for the page
 * to announce when it first needs them (as the workbench does). A page that loads a small script of its own ahead of
 * the others ({@code <script type="module" async>}), to ask the API for what it shows first while the rest still
 * travel (as the field page does), has its other scripts preloaded at low priority: on a phone's slow link the browser
 * has only six connections to the server, and those answers should not queue behind thirty scripts for one of
 * them. A page is worked out once and then answered from memory, with an ETag so that a browser that has it gets a
 * 304 (a weak one, since the server compresses the page on the way out); other paths pass through untouched.
 */
@Component
class PagePreloads extends OncePerRequestFilter {

	private static final Pattern PAGE = Pattern.compile("/([a-z0-9-]+\\.html)?");

	/** How a page loads the small script that asks the API for its first answers ahead of its other scripts. */
	private static final String FIRST_ANSWERS = "<script type=\"module\" async src=\"/app/";

	private static final Pattern ENTRY = Pattern.compile("<script type=\"module\" src=\"(/app/[^\"]+\\.js)\"></script>");

	private final ModuleGraph graph = new ModuleGraph(PagePreloads.class.getClassLoader());

	private final Map<String, Optional<Page>> pages = new ConcurrentHashMap<>();

	private record Page(byte[] body, String etag) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !PAGE.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		String file = path.equals("/") ? "index.html" : path.substring(1);
		Optional<Page> page = pages.computeIfAbsent(file, this::load);
		if (page.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.ETAG, page.get().etag());
		if (page.get().etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.get().body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(page.get().body());
		}
	}

	private Optional<Page> load(String file) {
		try (InputStream in = PagePreloads.class.getClassLoader().getResourceAsStream("static/" + file)) {
			if (in == null) {
				return Optional.empty();
			}
			String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			byte[] body = withPreloads(html).getBytes(StandardCharsets.UTF_8);
			return Optional.of(new Page(body, "W/\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\""));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String withPreloads(String html) {
		Matcher entry = ENTRY.matcher(html);
		if (!entry.find()) {
			return html;
		}
		StringBuilder links = new StringBuilder();
		String priority = html.contains(FIRST_ANSWERS) ? " fetchpriority=\"low\"" : "";
		for (String module : graph.importsOf(entry.group(1))) {
			links.append("<link rel=\"modulepreload\"").append(priority).append(" href=\"").append(module)
				.append("\">\n\t");
		}
		Set<String> later = graph.onDemandOf(entry.group(1));
		if (!later.isEmpty()) {
			links.append("<meta name=\"modules-on-demand\" content=\"").append(String.join(" ", later)).append("\">\n\t");
		}
		return html.substring(0, entry.start()) + links + html.substring(entry.start());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
