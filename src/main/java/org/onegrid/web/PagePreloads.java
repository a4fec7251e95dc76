package org.onegrid.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
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
 * them. Every script and style of OneGrid's the page names carries its version ({@link ScriptVersions}), and an
 * import map, admitted by its hash into the page's Content-Security-Policy, sends the page's imports to the same
 * versioned addresses, so that a second visit takes them all from the browser's cache without asking. A page is
 * worked out once and then answered from memory, with an ETag so that a browser that has it gets a 304 (a weak one,
 * since the server compresses the page on the way out); other paths pass through untouched.
 */
@Component
class PagePreloads extends OncePerRequestFilter {

	private static final Pattern PAGE = Pattern.compile("/([a-z0-9-]+\\.html)?");

	/** How a page loads the small script that asks the API for its first answers ahead of its other scripts. */
	private static final Pattern EARLY = Pattern.compile("<script type=\"module\" async src=\"(/app/[^\"]+\\.js)\"");

	/** Where a page names one of OneGrid's own scripts or styles by its path alone. */
	private static final Pattern OWN_FILE = Pattern.compile("((?:src|href)=\")(/app/[^\"?]+\\.(?:js|css))\"");

	private static final String CSP = "Content-Security-Policy";

	private static final Pattern ENTRY = Pattern.compile("<script type=\"module\" src=\"(/app/[^\"]+\\.js)\"></script>");

	private final ModuleGraph graph = new ModuleGraph(PagePreloads.class.getClassLoader());

	private final ScriptVersions versions;

	/** The pages worked out; a name with no page is not kept, since any client may ask for any name. */
	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	PagePreloads(ScriptVersions versions) {
		this.versions = versions;
	}

	/** A page as answered: its body, its version, and the hash source that admits its import map, if it has one. */
	private record Page(byte[] body, String etag, String importMapSource) {
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
		Optional<Page> page = Optional.ofNullable(pages.get(file)).or(() -> load(file));
		page.ifPresent(found -> pages.putIfAbsent(file, found));
		if (page.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (page.get().importMapSource() != null) {
			response.setHeader(CSP, InlineScriptPolicy.admitting(response.getHeader(CSP), page.get().importMapSource()));
		}
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
			Worked page = withPreloads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
			String etag = "W/\"" + HexFormat.of().formatHex(ScriptVersions.sha256(body), 0, 16) + "\"";
			String source = page.importMap().isEmpty() ? null : "'sha256-" + Base64.getEncoder()
				.encodeToString(ScriptVersions.sha256(page.importMap().getBytes(StandardCharsets.UTF_8))) + "'";
			return Optional.of(new Page(body, etag, source));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A page's text with its preloads and versions, and the text of its import map (empty when it has none). */
	private record Worked(String html, String importMap) {
	}

	private Worked withPreloads(String html) {
		Matcher entry = ENTRY.matcher(html);
		if (!entry.find()) {
			return new Worked(html, "");
		}
		Set<String> imports = graph.importsOf(entry.group(1));
		Set<String> later = graph.onDemandOf(entry.group(1));
		Set<String> scripts = new LinkedHashSet<>(imports);
		scripts.add(entry.group(1));
		scripts.addAll(later);
		Matcher early = EARLY.matcher(html);
		boolean firstAnswers = false;
		while (early.find()) {
			firstAnswers = true;
			scripts.add(early.group(1));
			scripts.addAll(graph.importsOf(early.group(1)));
		}
		StringBuilder links = new StringBuilder();
		String priority = firstAnswers ? " fetchpriority=\"low\"" : "";
		for (String module : imports) {
			links.append("<link rel=\"modulepreload\"").append(priority).append(" href=\"")
				.append(versions.address(module)).append("\">\n\t");
		}
		if (!later.isEmpty()) {
			links.append("<meta name=\"modules-on-demand\" content=\"")
				.append(String.join(" ", later.stream().map(versions::address).toList())).append("\">\n\t");
		}
		String page = OWN_FILE.matcher(html.substring(0, entry.start()) + links + html.substring(entry.start()))
			.replaceAll(file -> Matcher.quoteReplacement(file.group(1) + versions.address(file.group(2)) + "\""));
		String map = versions.importMap(scripts);
		if (map.isEmpty()) {
			return new Worked(page, "");
		}
		int firstScript = firstOf(page, "<script", "<link rel=\"modulepreload\"");
		return new Worked(page.substring(0, firstScript) + "<script type=\"importmap\">" + map + "</script>\n\t"
				+ page.substring(firstScript), map);
	}

	private static int firstOf(String page, String... tags) {
		int first = page.length();
		for (String tag : tags) {
			int at = page.indexOf(tag);
			if (at >= 0 && at < first) {
				first = at;
			}
		}
		return first;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
