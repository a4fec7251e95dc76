package org.onegrid.people;

import java.util.List;

/**
 * Where a dispatch target code leads: a department to itself, a platform to its departments.
 */
public record DispatchTarget(String code, Kind kind, List<String> departments) {

	public DispatchTarget {
		departments = List.copyOf(departments);
	}

	/** Whether the code named a single department or a platform. */
	public enum Kind {
		DEPARTMENT, PLATFORM
	}
}
