package org.onegrid.access;

import java.io.Serializable;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in account a request acts for: kept in the session or found by API token, and what every module asks
 * for to record who did something and to decide what they may see.
 *
 * @param personId the person (staff member) behind the account, or {@code null} for citizens and the built-in admin
 */
public record Caller(long accountId, String username, String displayName, List<String> roles, Long personId)
		implements Serializable, AuthenticatedPrincipal {

	public Caller {
		roles = List.copyOf(roles);
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** The username, so that Spring Security's {@code Authentication.getName()} names the account. */
	@Override
	@JsonIgnore
	public String getName() {
		return username;
	}
}
