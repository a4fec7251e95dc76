package org.onegrid.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.cases.Light;
import org.onegrid.cases.SupervisionNotice;
import org.onegrid.catalogue.Stage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The district's automatic supervision rules, kept as data: at most one rule per stage and light, so that a case
 * that runs overdue is supervised once, by the rule the district chose, and a district changes its rules without a
 * release.
 */
@Service
public class SupervisionRules {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final JdbcClient jdbc;

	private final Clock clock;

	SupervisionRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every rule, by code. */
	public List<SupervisionRule> list() {
		return jdbc.sql("SELECT * FROM supervision_rule ORDER BY code").query(SupervisionRules::read).list();
	}

	/** The rule; 404 when there is none. */
	public SupervisionRule get(String code) {
		return jdbc.sql("SELECT * FROM supervision_rule WHERE code = ?").param(code).query(SupervisionRules::read)
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("Supervision rule", code));
	}

	/** What is wrong with the rule, field by field, against the rules stored; empty when it can be stored. */
	public List<Violation> check(String code, SupervisionRuleRequest request) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(new Violation("code", "PATTERN", "a rule code has 1 to 40 lower-case letters, digits "
					+ "and hyphens"));
		}
		Stage stage = Fields.oneOf(Stage.class, request.stage(), "stage", true, violations);
		Light light = Fields.oneOf(Light.class, request.light(), "light", true, violations);
		if (light == Light.GREEN) {
			violations.add(new Violation("light", "UNKNOWN", "a rule acts on YELLOW or RED"));
		}
		Fields.oneOf(SupervisionNotice.Kind.class, request.noticeKind(), "noticeKind", true, violations);
		Fields.text(request.note(), "note", Fields.MAX_TEXT, violations);
		if (stage != null && light != null) {
			jdbc.sql("SELECT code FROM supervision_rule WHERE stage = ? AND light = ? AND code <> ?")
				.params(stage.name(), light.name(), code).query(String.class).optional()
				.ifPresent(other -> violations.add(new Violation("light", "TAKEN", "rule '" + other
						+ "' already acts when " + stage + " turns " + light)));
		}
		return violations;
	}

	/** Adds the rule or replaces it, refused field by field when invalid or when another rule has its stage and light. */
	public SupervisionRule put(String code, SupervisionRuleRequest request) {
		Fields.failIfAny(check(code, request));
		Stage stage = Stage.valueOf(request.stage().strip().toUpperCase(Locale.ROOT));
		Light light = Light.valueOf(request.light().strip().toUpperCase(Locale.ROOT));
		SupervisionNotice.Kind kind = SupervisionNotice.Kind.valueOf(request.noticeKind().strip()
			.toUpperCase(Locale.ROOT));
		try {
			store(code, stage, light, kind, request);
		}
		catch (DuplicateKeyException e) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict", "Another rule for " + stage + " turning " + light
					+ " was stored at the same time; reload the rules and try again");
		}
		return get(code);
	}

	private void store(String code, Stage stage, Light light, SupervisionNotice.Kind kind,
			SupervisionRuleRequest request) {
		jdbc.sql("""
				INSERT INTO supervision_rule (code, stage, light, notice_kind, note, enabled, updated_at)
				VALUES (:code, :stage, :light, :kind, :note, :enabled, :now)
				ON CONFLICT (code) DO UPDATE SET stage = excluded.stage, light = excluded.light,
				  notice_kind = excluded.notice_kind, note = excluded.note, enabled = excluded.enabled,
				  updated_at = excluded.updated_at
				""")
			.param("code", code)
			.param("stage", stage.name())
			.param("light", light.name())
			.param("kind", kind.name())
			.param("note", request.note().strip())
			.param("enabled", request.enabled() == null || request.enabled())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Removes the rule; 404 when there is none. */
	public void delete(String code) {
		if (jdbc.sql("DELETE FROM supervision_rule WHERE code = ?").param(code).update() == 0) {
			throw ApiProblem.notFound("Supervision rule", code);
		}
	}

	/** The rules that send notices. */
	List<SupervisionRule> enabled() {
		return jdbc.sql("SELECT * FROM supervision_rule WHERE enabled ORDER BY code").query(SupervisionRules::read)
			.list();
	}

	private static SupervisionRule read(ResultSet rs, int row) throws SQLException {
		return new SupervisionRule(rs.getString("code"), rs.getString("stage"), rs.getString("light"),
				rs.getString("notice_kind"), rs.getString("note"), rs.getBoolean("enabled"));
	}
}
