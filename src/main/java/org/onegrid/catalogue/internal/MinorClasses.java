package org.onegrid.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onegrid.calendar.WorkingDuration;
import org.onegrid.catalogue.AreaClass;
import org.onegrid.catalogue.Kind;
import org.onegrid.catalogue.MinorClass;
import org.onegrid.catalogue.Stage;
import org.onegrid.catalogue.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored minor classes (小类) with their time limits.
 */
@Repository
public class MinorClasses {

	private final JdbcClient jdbc;

	private final Clock clock;

	MinorClasses(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<MinorClass> all() {
		Map<String, List<TimeLimit>> limits = new HashMap<>();
		jdbc.sql("SELECT * FROM catalogue_time_limit ORDER BY kind, code, stage, area_class")
			.query(rs -> {
				limits.computeIfAbsent(rs.getString("kind") + "/" + rs.getString("code"), key -> new ArrayList<>())
					.add(limit(rs));
			});
		return jdbc.sql("SELECT * FROM catalogue_minor_class ORDER BY kind, code")
			.query((rs, row) -> minor(rs, limits.getOrDefault(rs.getString("kind") + "/" + rs.getString("code"),
					List.of())))
			.list();
	}

	public Optional<MinorClass> find(Kind kind, String code) {
		List<TimeLimit> limits = jdbc.sql("SELECT * FROM catalogue_time_limit WHERE kind = ? AND code = ?")
			.params(kind.name(), code)
			.query((rs, row) -> limit(rs))
			.list();
		return jdbc.sql("SELECT * FROM catalogue_minor_class WHERE kind = ? AND code = ?")
			.params(kind.name(), code)
			.query((rs, row) -> minor(rs, limits))
			.optional();
	}

	/** Creates or replaces the minor class and all its limits; call inside a transaction. */
	public void save(MinorClass minor) {
		jdbc.sql("""
				INSERT INTO catalogue_minor_class (kind, code, name_zh, name_en, filing_condition, closing_condition,
				                                   default_department, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (kind, code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
				  filing_condition = excluded.filing_condition, closing_condition = excluded.closing_condition,
				  default_department = excluded.default_department, updated_at = excluded.updated_at
				""")
			.params(minor.kind().name(), minor.code(), minor.nameZh(), minor.nameEn(), minor.filingCondition(),
					minor.closingCondition(), minor.defaultDepartment(), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("DELETE FROM catalogue_time_limit WHERE kind = ? AND code = ?")
			.params(minor.kind().name(), minor.code())
			.update();
		for (TimeLimit limit : minor.timeLimits()) {
			jdbc.sql("INSERT INTO catalogue_time_limit (kind, code, stage, area_class, amount, unit) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(minor.kind().name(), minor.code(), limit.stage().name(),
						limit.areaClass() == null ? "*" : limit.areaClass().name(), limit.limit().amount(),
						limit.limit().unit().name())
				.update();
		}
	}

	public int count() {
		return jdbc.sql("SELECT count(*) FROM catalogue_minor_class").query(Integer.class).single();
	}

	private static TimeLimit limit(ResultSet rs) throws SQLException {
		String area = rs.getString("area_class");
		return new TimeLimit(Stage.valueOf(rs.getString("stage")), "*".equals(area) ? null : AreaClass.valueOf(area),
				new WorkingDuration(rs.getInt("amount"), WorkingDuration.Unit.valueOf(rs.getString("unit"))));
	}

	private static MinorClass minor(ResultSet rs, List<TimeLimit> limits) throws SQLException {
		return new MinorClass(Kind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getString("filing_condition"), rs.getString("closing_condition"),
				rs.getString("default_department"), limits);
	}
}
