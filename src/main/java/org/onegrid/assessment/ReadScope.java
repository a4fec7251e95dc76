package org.onegrid.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.onegrid.access.Grant;
import org.onegrid.grid.GridHierarchy;
import org.springframework.stereotype.Component;

/**
 * Which figures a reader may see: every department's, since departments are compared district-wide, but only the
 * grids within the reader's own grids (a street's leader sees the street and the grids below it, not another street's
 * grids). Of the people (workers and operators), a reader sees their own row, and the rows of the people whose unit
 * lies in the reader's units (a leader's unit and those below it); a worker, whose scope is their grids, sees only
 * their own row, not their teammates'. A reader who sees everything sees every grid and every person.
 * Ranks stay the district-wide ranks.
 */
@Component
class ReadScope {

	private final GridHierarchy hierarchy;

	private final Staff staff;

	ReadScope(GridHierarchy hierarchy, Staff staff) {
		this.hierarchy = hierarchy;
		this.staff = staff;
	}

	<T> List<T> visible(ObjectType type, List<T> rows, Function<T, String> object, Grant grant) {
		if (type == ObjectType.DEPARTMENT || grant.all()) {
			return rows;
		}
		return switch (type) {
			case CHANNEL -> List.of();
			case WORKER, OPERATOR -> {
				Map<String, Long> persons = rows.isEmpty() ? Map.of() : staff.personsByUsername();
				yield rows.stream().filter(row -> seesPerson(object.apply(row), persons, grant)).toList();
			}
			default -> rows.stream().filter(row -> seesGrid(object.apply(row), grant)).toList();
		};
	}

	/** Whether the account is the reader's own, or its person is in one of the reader's units. */
	private boolean seesPerson(String username, Map<String, Long> persons, Grant grant) {
		if (username.equals(grant.username())) {
			return true;
		}
		Long person = persons.get(username);
		return person != null && !grant.units().isEmpty()
				&& staff.unitOf(person).filter(grant.units()::contains).isPresent();
	}

	/** Whether the grid, or a grid above it, is one of the reader's, in any layer the reader holds grids in. */
	private boolean seesGrid(String grid, Grant grant) {
		return grant.gridKeys().stream()
			.map(key -> key.substring(0, key.indexOf(':')))
			.distinct()
			.anyMatch(layer -> grant.seesGridPath(layer, hierarchy.path(layer, grid)));
	}
}
