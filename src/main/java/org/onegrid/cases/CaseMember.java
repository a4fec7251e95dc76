package org.onegrid.cases;

import org.onegrid.grid.GridMember;

/**
 * The grid member a case was reported on, such as a road section or a unit's compound, as it was when the case came
 * to lie there: who answers for it, and whether the member's grid coordinates its cases.
 *
 * @param layer the layer of the member's grid
 * @param grid the member's grid
 * @param contact who answers for the member, if anyone is named
 * @param coordinated whether the case is handled no lower than {@code grid}
 */
public record CaseMember(String layer, String code, String name, String kind, String grid, String contact,
		boolean coordinated) {

	static CaseMember of(GridMember member) {
		return member == null ? null : new CaseMember(member.layer(), member.code(), member.name(), member.kind(),
				member.grid(), member.contact(), member.coordinated());
	}
}
