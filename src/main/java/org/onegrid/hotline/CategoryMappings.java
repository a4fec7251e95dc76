package org.onegrid.hotline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.catalogue.Catalogue;
import org.onegrid.catalogue.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each source's category words map to the catalogue. The words differ by hotline (12345 says 「道路破损」 where
 * 12319 says 「路面坑洼」), so every source has its own table; an administrator replaces a table as a whole, and
 * every line must name a minor class the catalogue has.
 */
@Service
public class CategoryMappings {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final HotlineSources sources;

	CategoryMappings(JdbcClient jdbc, Catalogue catalogue, HotlineSources sources) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.sources = sources;
	}

	/** The source's table, by category words. */
	public List<CategoryMapping> list(String source) {
		sources.get(source);
		return jdbc.sql("SELECT category_text, kind, minor_code FROM hotline_mapping WHERE source = ? "
				+ "ORDER BY category_text")
			.param(source)
			.query((rs, row) -> new CategoryMapping(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Replaces the source's table; every bad line is named, and nothing changes if one is bad. */
	@Transactional
	public List<CategoryMapping> replace(String source, MappingsRequest request) {
		sources.get(source);
		List<Violation> violations = new ArrayList<>();
		List<CategoryMapping> lines = request.mappings() == null ? List.of() : request.mappings();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String field = "mappings[" + i + "]";
			CategoryMapping line = lines.get(i);
			if (line == null) {
				violations.add(new Violation(field, "REQUIRED", field + " is required"));
				continue;
			}
			Fields.text(line.categoryText(), field + ".categoryText", Fields.MAX_NAME, violations);
			if (line.categoryText() != null && !seen.add(line.categoryText().strip())) {
				violations.add(new Violation(field + ".categoryText", "DUPLICATE", "'" + line.categoryText()
						+ "' is mapped twice"));
			}
			Kind kind = Fields.oneOf(Kind.class, line.kind(), field + ".kind", true, violations);
			if (kind != null && (line.minorCode() == null || !catalogue.exists(kind, line.minorCode()))) {
				violations.add(new Violation(field + ".minorCode", "UNKNOWN", "the catalogue has no " + kind
						+ " minor class '" + line.minorCode() + "'"));
			}
		}
		Fields.failIfAny(violations);
		jdbc.sql("DELETE FROM hotline_mapping WHERE source = ?").param(source).update();
		for (CategoryMapping line : lines) {
			jdbc.sql("INSERT INTO hotline_mapping (source, category_text, kind, minor_code) VALUES (?, ?, ?, ?)")
				.params(source, line.categoryText().strip(), Kind.valueOf(Fields.upper(line.kind())).name(),
						line.minorCode())
				.update();
		}
		return list(source);
	}

	/**
	 * Learns from a person's triage: the source's words now map to the class chosen, replacing what they mapped to.
	 * Words longer than a mapping line allows are not learnt.
	 */
	void learn(String source, String categoryText, CategoryMapping chosen) {
		if (categoryText == null || categoryText.isBlank() || categoryText.strip().length() > Fields.MAX_NAME) {
			return;
		}
		jdbc.sql("""
				INSERT INTO hotline_mapping (source, category_text, kind, minor_code) VALUES (?, ?, ?, ?)
				ON CONFLICT (source, category_text) DO UPDATE SET kind = excluded.kind, minor_code = excluded.minor_code
				""").params(source, categoryText.strip(), chosen.kind(), chosen.minorCode()).update();
	}

	/** The class the source's words map to, if any. */
	Optional<CategoryMapping> find(String source, String categoryText) {
		return jdbc.sql("SELECT category_text, kind, minor_code FROM hotline_mapping WHERE source = ? "
				+ "AND category_text = ?")
			.params(source, categoryText.strip())
			.query((rs, row) -> new CategoryMapping(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}
}
