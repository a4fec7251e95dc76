package org.onegrid.cases;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.grid.GridLayers;
import org.onegrid.people.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's closing rights by tier ({@link ClosingRule}), kept as data so that a district says who closes its
 * general, serious and major cases without a release. A closer's level is a level of the primary layer, named by
 * its name or its number from 0, and stored by name; its role is a role that exists.
 */
@Service
public class ClosingRules {

	private static final int MAX_CLOSERS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final GridLayers layers;

	private final Roles roles;

	private final CasesProperties properties;

	ClosingRules(JdbcClient jdbc, Clock clock, GridLayers layers, Roles roles, CasesProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.layers = layers;
		this.roles = roles;
		this.properties = properties;
	}

	/** Every tier's rule, for the tiers that have one, in tier order. */
	public List<ClosingRule> list() {
		Map<Tier, List<ClosingRule.Closer>> closers = new EnumMap<>(Tier.class);
		jdbc.sql("SELECT tier, level_name, role_code FROM tier_closer ORDER BY tier, position").query(rs -> {
			closers.computeIfAbsent(Tier.valueOf(rs.getString(1)), tier -> new ArrayList<>())
				.add(new ClosingRule.Closer(rs.getString(2), rs.getString(3)));
		});
		return closers.entrySet().stream().map(e -> new ClosingRule(e.getKey(), e.getValue())).toList();
	}

	/** The tier's rule, if the district gave it one. */
	public Optional<ClosingRule> of(Tier tier) {
		List<ClosingRule.Closer> closers = jdbc
			.sql("SELECT level_name, role_code FROM tier_closer WHERE tier = ? ORDER BY position")
			.param(tier.name())
			.query((rs, row) -> new ClosingRule.Closer(rs.getString(1), rs.getString(2)))
			.list();
		return closers.isEmpty() ? Optional.empty() : Optional.of(new ClosingRule(tier, closers));
	}

	/** The tier's rule; 404 when it has none. */
	public ClosingRule get(Tier tier) {
		return of(tier).orElseThrow(() -> ApiProblem.notFound("Closing rule", tier.name()));
	}

	/** Sets the tier's closers, refused field by field when a closer names no level or role, or an unknown one. */
	@Transactional
	public ClosingRule put(Tier tier, ClosingRule.Request request) {
		List<Violation> violations = new ArrayList<>();
		List<ClosingRule.Closer> closers = checked(request == null ? null : request.closers(), violations);
		Fields.failIfAny(violations);
		jdbc.sql("DELETE FROM tier_closer WHERE tier = ?").param(tier.name()).update();
		for (int i = 0; i < closers.size(); i++) {
			jdbc.sql("""
					INSERT INTO tier_closer (tier, position, level_name, role_code, updated_at)
					VALUES (:tier, :position, :level, :role, :now)
					""")
				.param("tier", tier.name())
				.param("position", i)
				.param("level", closers.get(i).level())
				.param("role", closers.get(i).role())
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		return get(tier);
	}

	/** Removes the tier's rule, so that the close permission alone decides again; 404 when it has none. */
	public void delete(Tier tier) {
		if (jdbc.sql("DELETE FROM tier_closer WHERE tier = ?").param(tier.name()).update() == 0) {
			throw ApiProblem.notFound("Closing rule", tier.name());
		}
	}

	private List<ClosingRule.Closer> checked(List<ClosingRule.Closer> given, List<Violation> violations) {
		if (given == null || given.isEmpty() || given.size() > MAX_CLOSERS) {
			violations.add(new Violation("closers", given == null || given.isEmpty() ? "REQUIRED" : "SIZE",
					"closers lists 1 to " + MAX_CLOSERS + " closers; to lift the rule, remove it"));
			return List.of();
		}
		PrimaryLevels levels = new PrimaryLevels(layers, properties);
		List<ClosingRule.Closer> closers = new ArrayList<>();
		Set<ClosingRule.Closer> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "closers[" + i + "]";
			ClosingRule.Closer closer = given.get(i);
			String level = closer == null ? null : Fields.blankToNull(closer.level());
			String role = closer == null ? null : Fields.blankToNull(closer.role());
			if (level == null && role == null) {
				violations.add(new Violation(field, "REQUIRED", field + " names a level, a role or both"));
				continue;
			}
			level = level == null ? null : levels.name(level.strip(), field + ".level", violations);
			if (role != null && !roles.exists(role.strip())) {
				violations.add(new Violation(field + ".role", "UNKNOWN_ROLE", "there is no role '" + role + "'"));
			}
			ClosingRule.Closer stored = new ClosingRule.Closer(level, role == null ? null : role.strip());
			if (!seen.add(stored)) {
				violations.add(new Violation(field, "DUPLICATE", field + " is given twice"));
			}
			closers.add(stored);
		}
		return closers;
	}
}
