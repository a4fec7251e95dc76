package org.onegrid.dashboard;

import java.util.List;

import org.onegrid.access.Grant;

/**
 * A feed line with what decides who may see it: the grid keys of the case's trails, the departments it was sent to
 * and who reported it, as the cases module's own scope rule takes them. Travels whole in the NOTIFY payload, so that
 * instances filter without reading the case.
 *
 * @param key what makes the line unique, so that an event delivered twice makes one line
 */
record FeedEntry(String key, FeedItem item, List<String> gridKeys, List<String> departments, String reportedBy) {

	FeedEntry {
		gridKeys = List.copyOf(gridKeys);
		departments = List.copyOf(departments);
	}

	boolean visibleTo(Grant viewer) {
		return viewer.sees(gridKeys, departments, reportedBy);
	}
}
