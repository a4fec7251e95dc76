package org.onegrid.cases;

import java.util.List;

/**
 * Who may close (结案) a case of a tier, as the district decided: a caller who holds the close permission may close
 * such a case only when they are one of its closers. A tier without a rule keeps the close permission alone.
 *
 * @param closers in the order the district wrote them, which is the order a refusal names them in
 */
public record ClosingRule(Tier tier, List<Closer> closers) {

	public ClosingRule {
		closers = List.copyOf(closers);
	}

	/**
	 * One closer: the people posted at a level of the primary layer's grids on the case's way up (or above it), the
	 * holders of a role, or, when both are given, the holders of the role posted at that level or above.
	 *
	 * @param level a level name of the primary layer, such as 社区 or 街道; {@code null} for any level
	 * @param role a role code, such as {@code leader}; {@code null} for any role
	 */
	public record Closer(String level, String role) {
	}

	/** What an administrator sends to set a tier's closers; an empty list is refused (remove the rule instead). */
	public record Request(List<Closer> closers) {
	}
}
