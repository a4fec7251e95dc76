package org.onegrid.bench;

/**
 * What every measured engine has besides its lifecycle: its name, its round-trip counter and its database.
 */
abstract class MeasuredFlow implements Flow {

	private final String name;

	private final RoundTrips roundTrips;

	private final String database;

	MeasuredFlow(String name, RoundTrips roundTrips, String database) {
		this.name = name;
		this.roundTrips = roundTrips;
		this.database = database;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final RoundTrips roundTrips() {
		return roundTrips;
	}

	@Override
	public final String database() {
		return database;
	}
}
