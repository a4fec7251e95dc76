package org.onegrid.bench;

/**
 * One engine's way of taking a case through intake and the seven steps accept, file, dispatch, sign, feedback,
 * check and close. Implementations are thread-safe; each call handles a case of its own.
 */
interface Flow {

	/** The step names, in the order {@link #lifecycle} reports them to its {@link Steps}. */
	String[] STEPS = { "intake", "accept", "file", "dispatch", "sign", "feedback", "check", "close" };

	String name();

	/** The round trips this engine's data source has made so far. */
	RoundTrips roundTrips();

	/** The database it works in, to find its server processes. */
	String database();

	/** Runs one whole lifecycle with a fresh case; {@code key} is unique across the run. */
	void lifecycle(String key, Steps steps);

	/** Told after each step, for the per-step profile. */
	interface Steps {

		Steps NONE = index -> {
		};

		void done(int index);
	}
}
