package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The audit chain's hashes as computed here agree with those PostgreSQL's chaining trigger wrote (the expected
 * values were written by the V45 trigger functions on PostgreSQL 15).
 */
class AuditRowHashTests {

	private static final String FIRST = "8059fec19bd794f20163c202a173c42ed07513c7080ddd13ed2eae09d75b91ef";

	@Test
	void hashesTheFirstRowOverItsFieldsAlone() {
		String text = AuditRowHash.canonical(1, Instant.ofEpochSecond(1_796_361_625L, 658_506_000L), "admin",
				"sign-in", null, "127.0.0.1", "{\"a\": \"x\", \"b\": 1}");

		assertThat(text).isEqualTo("1:116:17963616256585065:admin7:sign-in-9:127.0.0.118:{\"a\": \"x\", \"b\": 1}");
		assertThat(AuditRowHash.hex(AuditRowHash.hash(null, text))).isEqualTo(FIRST);
	}

	@Test
	void chainsTheNextRowAndCountsUtf8BytesWhateverTheTimeZone() {
		Instant at = OffsetDateTime.parse("2026-01-01T00:00:00.123456+08:00").toInstant();
		String text = AuditRowHash.canonical(2, at, "张三", "pii-read", "people", null, "{\"q\": \"🙂\"}");

		assertThat(text).isEqualTo("1:216:17671968001234566:张三8:pii-read6:people-13:{\"q\": \"🙂\"}");
		assertThat(AuditRowHash.hex(AuditRowHash.hash(HexFormat.of().parseHex(FIRST), text)))
			.isEqualTo("8a1af6a8f944a4e6a02dda2d6a0734e3d42c3d443ab998eb0f9d2d4fd5261985");
	}

	@Test
	void tellsAnAbsentFieldFromAnEmptyOne() {
		Instant at = Instant.EPOCH;
		assertThat(AuditRowHash.canonical(3, at, "a", "b", null, "", "{}"))
			.isNotEqualTo(AuditRowHash.canonical(3, at, "a", "b", "", null, "{}"));
	}
}
