/**
 * Meetings (会商, 例会, 联席会议): a district's standing meetings are rules as data (which unit meets, or every grid
 * of which level, how often, who may call it and which hard cases it takes up); each meeting, called by its rule or
 * by hand, gets an agenda built from the open cases that are stuck in its unit's area or its grid, keeps its minutes, and records decisions that are applied to
 * the cases as ordinary case actions (supervise, escalate, dispatch, arbitrate), with the caller's own rights.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.onegrid.meeting;
