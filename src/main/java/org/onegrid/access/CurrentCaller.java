package org.onegrid.access;

import java.util.Optional;

import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, for modules that record who acted and decide what they may see.
 */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	public static Optional<Caller> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

	/** The caller; a 401 problem when the request is not signed in. */
	public static Caller require() {
		return get().orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"请先登录 / Sign in first"));
	}
}
