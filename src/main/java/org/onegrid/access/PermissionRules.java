package org.onegrid.access;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The permission each configuration and field-work call needs, as one table read top to bottom; the first rule
 * whose method and path match decides. Case calls check their own permissions and scope in the cases module.
 * A worker may always upload their own track and check-ins.
 */
final class PermissionRules implements AuthorizationManager<RequestAuthorizationContext> {

	private record Rule(boolean writes, Pattern path, String permission) {
	}

	private static final Pattern OWN_FIELD_WORK = Pattern.compile("/api/v1/people/(\\d+)/(track|check-ins)");

	private static final List<Rule> RULES = List.of(
			new Rule(true, Pattern.compile("/api/v1/layers(/.*)?"), "grid:manage"),
			new Rule(true, Pattern.compile("/api/v1/catalogue(/.*)?"), "catalogue:manage"),
			new Rule(true, Pattern.compile("/api/v1/calendar(/.*)?"), "calendar:manage"),
			new Rule(true, Pattern.compile("/api/v1/units/[^/]+/roster(/.*)?"), "roster:manage"),
			new Rule(true, Pattern.compile("/api/v1/roster(/.*)?"), "roster:manage"),
			new Rule(true, Pattern.compile("/api/v1/(units|departments|platforms|roles|teams|team-templates)(/.*)?"),
					"people:manage"),
			new Rule(true, Pattern.compile("/api/v1/people(/\\d+)?"), "people:manage"),
			new Rule(true, Pattern.compile("/api/v1/people/\\d+/(track|check-ins)"), "people:manage"),
			new Rule(false, Pattern.compile("/api/v1/people/\\d+/(track|check-ins)"), "track:read"),
			new Rule(false, Pattern.compile("/api/v1/(positions|patrol-coverage)(/.*)?"), "track:read"));

	private final Authorization authorization;

	PermissionRules(Authorization authorization) {
		this.authorization = authorization;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof Caller caller)) {
			return new AuthorizationDecision(false);
		}
		String method = context.getRequest().getMethod();
		String path = context.getRequest().getRequestURI();
		boolean writes = !"GET".equals(method) && !"HEAD".equals(method);
		Matcher own = OWN_FIELD_WORK.matcher(path);
		if (writes && own.matches() && caller.personId() != null
				&& caller.personId() == Long.parseLong(own.group(1))) {
			return new AuthorizationDecision(true);
		}
		for (Rule rule : RULES) {
			if (rule.writes() == writes && rule.path().matcher(path).matches()) {
				return new AuthorizationDecision(authorization.of(caller).permits(rule.permission()));
			}
		}
		return new AuthorizationDecision(true);
	}
}
