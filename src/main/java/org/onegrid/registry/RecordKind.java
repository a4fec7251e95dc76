package org.onegrid.registry;

/**
 * What can be looked up.
 */
public enum RecordKind {

	/** 实有人口: a resident. */
	PERSON,

	/** 车辆: a vehicle. */
	VEHICLE,

	/** 法人: a company or organisation. */
	LEGAL_PERSON,

	/** 房屋: a building or flat. */
	PROPERTY
}
