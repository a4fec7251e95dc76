package org.onegrid.assessment;

import java.time.Instant;
import java.util.List;

/**
 * The cases behind one person's figures in a period, live as of {@code asOf}: what they reported, verified, checked,
 * accepted, filed or dispatched, what counted and what did not and why.
 *
 * @param object the person's account
 */
public record PersonCases(String period, ObjectType objectType, String object, Instant asOf, List<CaseLine> lines) {

	public PersonCases {
		lines = List.copyOf(lines);
	}
}
