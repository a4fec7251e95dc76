package org.onegrid.access;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.onegrid.people.Permissions;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each endpoint's {@link Allow} declaration before it runs, and records the call as it declares.
 * <p>
 * An endpoint of OneGrid's own without a declaration is refused to everyone: access is denied by default. The
 * caller must be signed in (unless the endpoint is open to anyone), hold one of the permissions, and, where the
 * endpoint names one person, unit or grid, see it in their data scope; a person may always make the calls declared
 * {@link Allow#self() self} about themselves.
 */
class EndpointRules implements HandlerInterceptor {

	private final Authorization authorization;

	private final ScopeChecks scopes;

	private final AuditLog audit;

	EndpointRules(Authorization authorization, ScopeChecks scopes, AuditLog audit) {
		this.authorization = authorization;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** The declaration of a handler of OneGrid's own, or {@code null} for other handlers and undeclared ones. */
	static Allow declarationOf(Object handler) {
		return handler instanceof HandlerMethod method ? method.getMethodAnnotation(Allow.class) : null;
	}

	static boolean ours(Object handler) {
		return handler instanceof HandlerMethod method
				&& method.getBeanType().getPackageName().startsWith("org.onegrid.");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!ours(handler)) {
			return true;
		}
		Allow allow = declarationOf(handler);
		if (allow == null) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden",
					"此接口未声明访问规则,拒绝访问 / This endpoint declares no access rule, so nobody may call it");
		}
		if (Arrays.asList(allow.value()).contains(Allow.ANYONE)) {
			return true;
		}
		Grant grant = authorization.current();
		Map<String, String> variables = pathVariables(request);
		if (allow.self() && isSelf(grant, allow, request, variables)) {
			return true;
		}
		requireKnown(allow, variables);
		if (Arrays.stream(allow.value()).noneMatch(permission -> Allow.SIGNED_IN.equals(permission)
				|| grant.permits(expand(permission, variables)))) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Your roles " + grant.roles()
					+ " do not have " + (allow.value().length == 1 ? "permission " : "any of the permissions ")
					+ Arrays.stream(allow.value()).map(p -> "'" + expand(p, variables) + "'").toList());
		}
		if (!inScope(grant, allow, request, variables)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden",
					"超出您的数据范围 / This lies outside the data you may see");
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		Allow allow = ours(handler) ? declarationOf(handler) : null;
		if (allow == null || !allow.audit().logged()) {
			return;
		}
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (allow.audit() == AuditClass.PERSONAL_DATA && (!read || response.getStatus() >= 300)) {
			return;
		}
		String actor = CurrentCaller.get().map(Caller::username).orElse("anonymous");
		String target = request.getMethod() + " " + request.getRequestURI();
		audit.record(actor, actionOf(allow.audit()), target.length() > 300 ? target.substring(0, 300) : target,
				Map.of("class", allow.audit().name(), "status", response.getStatus()));
	}

	/** The audit log's action for a call of the class. */
	static String actionOf(AuditClass auditClass) {
		return switch (auditClass) {
			case CONFIGURATION -> "config-change";
			case ACCOUNT -> "account-call";
			case PERSONAL_DATA -> "personal-data-read";
			default -> auditClass.name().toLowerCase();
		};
	}

	private boolean isSelf(Grant grant, Allow allow, HttpServletRequest request, Map<String, String> variables) {
		String id = allow.on().length == 0 ? null : valueOf(allow.on()[0], request, variables);
		return grant.personId() != null && id != null && id.equals(Long.toString(grant.personId()));
	}

	private boolean inScope(Grant grant, Allow allow, HttpServletRequest request, Map<String, String> variables) {
		AccessScope scope = allow.scope();
		if (scope != AccessScope.PERSON && scope != AccessScope.UNIT && scope != AccessScope.GRID) {
			return true;
		}
		String first = allow.on().length == 0 ? null : valueOf(allow.on()[0], request, variables);
		return switch (scope) {
			case PERSON -> scopes.person(grant, personId(allow.on()[0], first));
			case UNIT -> first != null && scopes.unit(grant, first);
			default -> scopes.grid(grant, first, allow.on().length < 2 ? null : valueOf(allow.on()[1], request,
					variables));
		};
	}

	private static long personId(String name, String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw ApiProblem.invalidField(name, "INVALID_FORMAT", "'" + name + "' must be a person's numeric id");
		}
	}

	private static String valueOf(String name, HttpServletRequest request, Map<String, String> variables) {
		String value = variables.get(name);
		return value != null ? value : request.getParameter(name);
	}

	/**
	 * A path variable that selects the permission names a thing that must exist, such as the action in
	 * <code>case:{action}</code>: a name that yields no known permission is a 404, not a lack of rights.
	 */
	private static void requireKnown(Allow allow, Map<String, String> variables) {
		for (String permission : allow.value()) {
			String expanded = expand(permission, variables);
			if (!expanded.equals(permission) && !Permissions.KNOWN.contains(expanded)) {
				String variable = permission.substring(permission.indexOf('{') + 1, permission.indexOf('}'));
				throw ApiProblem.notFound(variable, variables.get(variable));
			}
		}
	}

	private static String expand(String permission, Map<String, String> variables) {
		String expanded = permission;
		for (Map.Entry<String, String> variable : variables.entrySet()) {
			expanded = expanded.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		return expanded;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> pathVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
	}
}
