package org.onegrid.people.internal;

import java.util.Collection;
import java.util.List;

import org.onegrid.people.TeamMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored grid team memberships.
 */
@Repository
public class TeamMembers {

	private static final String SELECT = """
			SELECT m.layer_code, m.grid_code, m.person_id, p.name AS person_name, m.role_code AS role, p.department_code
			FROM grid_team_member m JOIN person p ON p.id = m.person_id
			""";

	private final JdbcClient jdbc;

	TeamMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TeamMember> ofGrid(String layer, String grid) {
		return jdbc.sql(SELECT + " WHERE m.layer_code = ? AND m.grid_code = ? ORDER BY m.role_code, m.person_id")
			.params(layer, grid)
			.query(TeamMember.class)
			.list();
	}

	public List<TeamMember> ofGrids(String layer, Collection<String> grids) {
		return jdbc.sql(SELECT + " WHERE m.layer_code = ? AND m.grid_code = ANY (?) ORDER BY m.grid_code, m.person_id")
			.params(layer, grids.toArray(String[]::new))
			.query(TeamMember.class)
			.list();
	}

	public List<TeamMember> ofPerson(long personId) {
		return jdbc.sql(SELECT + " WHERE m.person_id = ? ORDER BY m.layer_code, m.grid_code")
			.param(personId)
			.query(TeamMember.class)
			.list();
	}

	/** Adds the membership; returns whether it was new. */
	public boolean add(String layer, String grid, long personId, String role) {
		return jdbc.sql("""
				INSERT INTO grid_team_member (layer_code, grid_code, person_id, role_code) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(layer, grid, personId, role).update() > 0;
	}

	public boolean remove(String layer, String grid, long personId, String role) {
		return jdbc.sql("""
				DELETE FROM grid_team_member WHERE layer_code = ? AND grid_code = ? AND person_id = ? AND role_code = ?
				""").params(layer, grid, personId, role).update() > 0;
	}
}
