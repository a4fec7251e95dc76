package org.onegrid.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A department or station (派出所, 城管中队, 市场监管所…) that cases are dispatched to, or one of a department's
 * groups (组别: a market-supervision office's supervision group, its consumer-protection group). A group is a
 * department in its own right, with its own people, and takes the matters of the categories it lists: work sent to
 * its parent department in one of those categories goes to the group, and the parent's people see and act on it.
 *
 * @param code the dispatch target code the responsibility matrix uses, e.g. {@code urban-management}
 * @param unitCode the unit it belongs to or serves, if any
 * @param parentCode for a group, the department it belongs to; {@code null} for a department
 * @param categories for a group, the codes of the minor classes routed to it; empty for a department
 */
public record Department(String code, String nameZh, String nameEn, String unitCode, String parentCode,
		List<String> categories) {

	public Department {
		categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
	}

	/** A department that is not a group. */
	public Department(String code, String nameZh, String nameEn, String unitCode) {
		this(code, nameZh, nameEn, unitCode, null, List.of());
	}

	/** Whether this is a group within another department. */
	public boolean isGroup() {
		return parentCode != null;
	}
}
