package org.onegrid.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a browser keep one of OneGrid's own scripts or styles for a year without asking again when it was asked for
 * by its current version ({@code /app/api.js?v=…}, as the pages name them): that version names exactly these bytes.
 * Asked for by an older version (a page kept from before an upgrade), the file is answered as it is now and must be
 * checked again next time, so that the new bytes are never kept under the old version's address. Asked for without
 * a version, it is answered as before, with its date to check against.
 */
@Component
class ScriptCaching extends OncePerRequestFilter {

	private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

	private final ScriptVersions versions;

	ScriptCaching(ScriptVersions versions) {
		this.versions = versions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !path(request).startsWith("/app/") || request.getParameter("v") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean current = versions.of(path(request)).filter(request.getParameter("v")::equals).isPresent();
		response.setHeader(HttpHeaders.CACHE_CONTROL, current ? FOR_A_YEAR : "no-cache");
		chain.doFilter(request, current ? new KeptCaching(response) : response);
	}

	/** Keeps the caching this filter chose, which the static files' own setting would otherwise replace. */
	private static final class KeptCaching extends HttpServletResponseWrapper {

		KeptCaching(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.addHeader(name, value);
			}
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
