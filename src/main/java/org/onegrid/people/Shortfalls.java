package org.onegrid.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onegrid.people.CompletenessReport.Shortfall;
import org.onegrid.people.TeamTemplate.Slot;

/**
 * What a team misses of a template. A member fills at most one slot; slots naming a department are filled first, by
 * members of that department in the slot's role, and the remaining members then fill the slots without a department.
 */
final class Shortfalls {

	private Shortfalls() {
	}

	static List<Shortfall> of(List<Slot> slots, List<TeamMember> team) {
		List<TeamMember> free = new ArrayList<>(team);
		List<Shortfall> missing = new ArrayList<>();
		List<Slot> ordered = new ArrayList<>(slots);
		ordered.sort(Comparator.comparing((Slot slot) -> slot.department() == null));
		for (Slot slot : ordered) {
			int filled = 0;
			for (var it = free.iterator(); it.hasNext() && filled < slot.count();) {
				TeamMember member = it.next();
				if (member.role().equals(slot.role())
						&& (slot.department() == null || slot.department().equals(member.departmentCode()))) {
					it.remove();
					filled++;
				}
			}
			if (filled < slot.count()) {
				missing.add(new Shortfall(slot.role(), slot.department(), slot.count(), filled));
			}
		}
		return missing;
	}
}
