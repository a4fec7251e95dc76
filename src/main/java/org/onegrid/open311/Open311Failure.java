package org.onegrid.open311;

import org.springframework.http.HttpStatus;

/**
 * A refused Open311 call, answered as the spec's list of errors with the HTTP status as each error's code.
 */
class Open311Failure extends RuntimeException {

	private final HttpStatus status;

	Open311Failure(HttpStatus status, String description) {
		super(description, null, false, false);
		this.status = status;
	}

	static Open311Failure notFound(String description) {
		return new Open311Failure(HttpStatus.NOT_FOUND, description);
	}

	static Open311Failure badRequest(String description) {
		return new Open311Failure(HttpStatus.BAD_REQUEST, description);
	}

	HttpStatus status() {
		return status;
	}
}
