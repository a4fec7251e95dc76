package org.onegrid.patrolrule;

/**
 * A patrol rule as a client sends it, its code in the address; every field is checked and every problem listed.
 *
 * @param minimumDaysPerWeek 1 to 7
 */
public record PatrolRuleDefinition(String unitCode, String role, Integer minimumDaysPerWeek, String note) {
}
