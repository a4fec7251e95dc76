package org.onegrid.rollcall;

/**
 * A call of the roll of a unit.
 *
 * @param role only the people posted at the unit in this role (such as {@code handler}); everyone posted there when
 * not given
 * @param minutes how long the people have to answer: 1 to 240, 15 when not given
 * @param note what the call is for, shown to the people called
 */
public record RollCallRequest(String role, Integer minutes, String note) {
}
