package org.onegrid.access;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every change to the district's configuration (grids, catalogue, working calendar, responsibility, state
 * names, organisation, roles, rosters): who, which call, its outcome and the caller's address. Case actions are not
 * audited here; each case keeps its own timeline.
 */
class ConfigurationAuditFilter extends OncePerRequestFilter {

	private static final List<String> CONFIGURATION = List.of("/api/v1/layers", "/api/v1/catalogue",
			"/api/v1/calendar", "/api/v1/cases/states", "/api/v1/org", "/api/v1/roles", "/api/v1/people",
			"/api/v1/teams", "/api/v1/rosters", "/api/v1/team-templates");

	private final AuditLog audit;

	ConfigurationAuditFilter(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String path = request.getRequestURI();
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& CONFIGURATION.stream().anyMatch(path::startsWith)) {
			String actor = CurrentCaller.get().map(Caller::username).orElse("anonymous");
			audit.record(actor, "config-change", request.getMethod() + " " + path,
					Map.of("status", response.getStatus()));
		}
	}
}
