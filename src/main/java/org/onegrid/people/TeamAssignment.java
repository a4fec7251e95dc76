package org.onegrid.people;

/**
 * One line of a team roster imported in bulk: a person on a grid's team in a role they hold.
 */
public record TeamAssignment(String gridCode, Long personId, String role) {
}
