package org.onegrid.rollcall;

/** One person's roll calls at a unit over a month: how often called, present, late and absent. */
public record AttendanceRow(long personId, String name, int called, int present, int late, int absent) {
}
