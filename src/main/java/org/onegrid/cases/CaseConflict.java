package org.onegrid.cases;

import java.util.List;

import org.onegrid.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * A 409: the action does not fit the case as it is now. The problem document carries the case's current state,
 * version and allowed actions, so that the client can refresh and choose again.
 */
public final class CaseConflict extends ApiProblem {

	private CaseConflict(String type, String detail, CaseState state, int version, List<String> allowed) {
		super(HttpStatus.CONFLICT, type, detail);
		with("state", state.name());
		with("version", version);
		with("allowedActions", allowed);
	}

	static CaseConflict illegal(CaseState state, int version, List<String> allowed, String detail) {
		return new CaseConflict("illegal-transition", detail, state, version, allowed);
	}

	static CaseConflict stale(CaseState state, int version, List<String> allowed, int seen) {
		return new CaseConflict("stale-version", "The case is at version " + version + ", not " + seen
				+ "; it is now " + state + ". Reload it and try again", state, version, allowed);
	}
}
