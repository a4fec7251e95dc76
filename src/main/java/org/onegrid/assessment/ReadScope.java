package org.onegrid.assessment;

import java.util.List;
import java.util.function.Function;

import org.onegrid.access.Grant;
import org.onegrid.grid.GridHierarchy;
import org.springframework.stereotype.Component;

/**
 * Which figures a reader may see: every department's, since departments are compared district-wide, but only the
 * grids within the reader's own grids (a street's leader sees the street and the grids below it, not another street's
 * grids). A reader who sees everything sees every grid. Ranks stay the district-wide ranks.
 */
@Component
class ReadScope {

	private final GridHierarchy hierarchy;

	ReadScope(GridHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	<T> List<T> visible(ObjectType type, List<T> rows, Function<T, String> object, Grant grant) {
		if (type == ObjectType.DEPARTMENT || grant.all()) {
			return rows;
		}
		if (type == ObjectType.CHANNEL) {
			return List.of();
		}
		return rows.stream().filter(row -> seesGrid(object.apply(row), grant)).toList();
	}

	/** Whether the grid, or a grid above it, is one of the reader's, in any layer the reader holds grids in. */
	private boolean seesGrid(String grid, Grant grant) {
		return grant.gridKeys().stream()
			.map(key -> key.substring(0, key.indexOf(':')))
			.distinct()
			.anyMatch(layer -> grant.seesGridPath(layer, hierarchy.path(layer, grid)));
	}
}
