package org.onegrid.history;

import java.time.Instant;
import java.util.List;

/**
 * An import of historical cases as it stands: how many of the file's rows are recorded, how many could not be and
 * why, and whether it is still running.
 *
 * @param state {@code RUNNING}, {@code DONE}, or {@code FAILED} when the job itself stopped (see {@code failure})
 * @param problems the rows that could not be recorded, when asked for one import; empty in lists
 */
public record ImportJob(long id, String mapping, String state, int rowsTotal, int rowsDone, int rowsFailed,
		String createdBy, Instant createdAt, Instant updatedAt, String failure, List<RowProblem> problems) {

	/** A row that was not, or would not be, imported: its number (the header is row 0), source key, column, why. */
	public record RowProblem(int row, String key, String column, String reason) {
	}
}
