package org.onegrid.attachment.internal;

/**
 * A file whose signature names a known type but whose structure does not hold together, so that it cannot be
 * checked for a position to remove.
 */
public class MalformedFileException extends RuntimeException {

	public MalformedFileException(String message) {
		super(message, null, false, false);
	}
}
