package org.onegrid.meeting;

/** Whose meeting it is: one unit's, or one grid's of a layer. */
record MeetingHolder(String unitCode, String layerCode, String gridCode) {

	static MeetingHolder unit(String unitCode) {
		return new MeetingHolder(unitCode, null, null);
	}

	static MeetingHolder grid(String layerCode, String gridCode) {
		return new MeetingHolder(null, layerCode, gridCode);
	}
}
