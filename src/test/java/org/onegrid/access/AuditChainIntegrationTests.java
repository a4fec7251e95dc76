package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log shows a row changed or removed behind the database's back, even by someone who switched its
 * triggers off, and refuses TRUNCATE; an untouched log, however many sessions wrote it at once, verifies as intact.
 * Every tampering here is undone before the test ends, so the shared log stays intact.
 */
@IntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditChain chain;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void untouchedLogVerifiesIntactUpToItsNewestRow() {
		audit.record("chain-test", "chain-test", null, Map.of("text", "井盖缺失 🙂 \"quoted\"\n", "n", 1.5));
		audit.record("chain-test", "chain-test", "target", null);
		long newest = newestId();

		TestApi.Response answer = api.get("/api/v1/audit/verify");

		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		assertThat(answer.body().path("intact").asBoolean()).isTrue();
		assertThat(answer.body().path("lastId").asLong()).isGreaterThanOrEqualTo(newest);
		assertThat(answer.body().path("checked").asLong()).isGreaterThanOrEqualTo(count(newest));
		assertThat(answer.body().path("lastHash").asString()).isEqualTo(jdbc
			.sql("SELECT encode(row_hash, 'hex') FROM audit_log WHERE id = ?")
			.param(answer.body().path("lastId").asLong())
			.query(String.class)
			.single());
	}

	@Test
	void namesTheRowWhoseDetailsWereChanged() {
		long id = recordOne();
		String original = jdbc.sql("SELECT details::text FROM audit_log WHERE id = ?").param(id).query(String.class)
			.single();
		tamper("UPDATE audit_log SET details = '{\"reason\": \"nothing to see\"}' WHERE id = ?", id);
		try {
			JsonNode verdict = api.get("/api/v1/audit/verify").body();

			assertThat(verdict.path("intact").asBoolean()).isFalse();
			assertThat(verdict.path("broken").path("id").asLong()).isEqualTo(id);
			assertThat(verdict.path("broken").path("problem").asString()).isEqualTo("ROW_HASH_MISMATCH");
			assertThat(verdict.path("broken").path("message").asString()).contains(Long.toString(id));
			assertThat(verdict.path("lastId").asLong()).isLessThan(id);
		}
		finally {
			tamper("UPDATE audit_log SET details = CAST(? AS jsonb) WHERE id = ?", original, id);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void namesTheRowAfterOneThatWasRemoved() {
		long removed = recordOne();
		long next = recordOne();
		Map<String, Object> row = jdbc.sql("SELECT id, at, actor, action, target, ip, details::text AS details, "
				+ "prev_hash, row_hash FROM audit_log WHERE id = ?").param(removed).query().singleRow();
		tamper("DELETE FROM audit_log WHERE id = ?", removed);
		try {
			AuditChain.Verdict verdict = chain.verify();

			assertThat(verdict.intact()).isFalse();
			assertThat(verdict.broken().id()).isEqualTo(next);
			assertThat(verdict.broken().problem()).isEqualTo(AuditChain.Problem.PREV_HASH_MISMATCH);
		}
		finally {
			tamper("INSERT INTO audit_log (id, at, actor, action, target, ip, details, prev_hash, row_hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)", row.get("id"),
					((Timestamp) row.get("at")).toInstant().atOffset(ZoneOffset.UTC),
					row.get("actor"), row.get("action"), row.get("target"), row.get("ip"), row.get("details"),
					row.get("prev_hash"), row.get("row_hash"));
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void refusesTruncateOfTheAppendOnlyRecords() {
		for (String table : List.of("audit_log", "case_timeline")) {
			assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
				status.setRollbackOnly();
				jdbc.sql("TRUNCATE " + table).update();
			})).as(table).hasMessageContaining(table + " is append-only");
		}
	}

	@Test
	void sessionsWritingAtOnceKeepOneChainInIdOrder() throws Exception {
		long before = newestId();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				int w = writer;
				done.add(writers.submit(() -> {
					for (int i = 0; i < 25; i++) {
						audit.record("chain-writer-" + w, "chain-test", Integer.toString(i), Map.of("i", i));
					}
				}));
			}
			for (Future<?> writer : done) {
				writer.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			writers.shutdownNow();
		}

		AuditChain.Verdict verdict = chain.verify();
		assertThat(verdict.intact()).as(String.valueOf(verdict.broken())).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE id > ? AND actor LIKE 'chain-writer-%'")
			.param(before).query(Long.class).single()).isEqualTo(100);
	}

	@Test
	void onlyCallersWhoReadTheAuditLogMayVerifyIt() {
		TestApi.Response created = api.post("/api/v1/accounts", """
				{"username":"chain-citizen","displayName":"市民","password":"chain-citizen-password","roles":["citizen"]}
				""");
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

		TestApi citizen = api.as("chain-citizen", "chain-citizen-password");
		assertThat(citizen.get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/audit/verify").status()).isEqualTo(401);
	}

	private long recordOne() {
		audit.record("chain-test", "chain-test", "row", Map.of("at", OffsetDateTime.now().toString()));
		return newestId();
	}

	private long newestId() {
		return jdbc.sql("SELECT max(id) FROM audit_log").query(Long.class).single();
	}

	private long count(long upTo) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE id <= ?").param(upTo).query(Long.class).single();
	}

	/** Changes the log as a superuser or the table's owner could: with its triggers off, in one transaction. */
	private void tamper(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER USER").update();
			jdbc.sql(sql).params(params).update();
			jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER USER").update();
		});
	}
}
