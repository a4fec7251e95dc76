package org.onegrid.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every stored case, page by page in the order of its id, as analysis of reports counts it: for a module that keeps
 * its own facts of reports to make them afresh from the cases themselves, not from the events it happened to see.
 */
@Service
public class ReportedCases {

	private final JdbcClient jdbc;

	ReportedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next up to {@code limit} cases whose id is above {@code afterId}, by id, leaving out those stored with no
	 * grid. They are held against change until the caller's transaction ends, so a step taken on one of them
	 * meanwhile announces its change after the caller has stored what it read, and the caller's facts and the step's
	 * agree.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Page after(long afterId, int limit) {
		List<Case> read = jdbc
			.sql("SELECT " + Cases.COLUMNS + " FROM case_row WHERE id > ? ORDER BY id LIMIT ? FOR SHARE")
			.params(afterId, limit)
			.query(Cases::read)
			.list();
		Map<Long, Instant> evaluated = new HashMap<>();
		jdbc.sql("""
				SELECT case_id, max(at) FROM case_timeline WHERE case_id = ANY (?) AND action = 'evaluate'
				GROUP BY case_id""")
			.param(read.stream().map(c -> c.id).toArray(Long[]::new))
			.query((rs, row) -> evaluated.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		List<ReportedCase> cases = read.stream()
			.flatMap(c -> ReportedCase.of(c, evaluated.get(c.id)).stream())
			.toList();
		return new Page(cases, read.size() < limit ? -1 : read.get(read.size() - 1).id);
	}

	/**
	 * One page of cases.
	 *
	 * @param next the id to read on after, or -1 when no case follows
	 */
	public record Page(List<ReportedCase> cases, long next) {
	}
}
