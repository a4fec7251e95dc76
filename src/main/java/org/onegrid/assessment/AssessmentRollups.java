package org.onegrid.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives the assessment's rollups afresh from its step facts: for an operator after facts were loaded in bulk
 * (a benchmark's, or a migration's), since the rollups are otherwise kept in step as each fact is stored.
 */
@Service
public class AssessmentRollups {

	private final DispatchRollup dispatches;

	AssessmentRollups(DispatchRollup dispatches) {
		this.dispatches = dispatches;
	}

	/** Rebuilds every dispatch's row; gives the number of rows. */
	@Transactional
	public int rebuild() {
		return dispatches.rebuild();
	}
}
