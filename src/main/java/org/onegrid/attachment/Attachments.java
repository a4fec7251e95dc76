package org.onegrid.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachments' metadata and which cases use them. */
@Repository
class Attachments {

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(StoredAttachment a) {
		jdbc.sql("""
				INSERT INTO attachment (id, sha256, content_type, size, name, uploaded_by, created_at, location_removed)
				VALUES (:id, :sha256, :contentType, :size, :name, :uploadedBy, :createdAt, :locationRemoved)
				""")
			.param("id", a.id())
			.param("sha256", a.sha256())
			.param("contentType", a.contentType())
			.param("size", a.size())
			.param("name", a.name())
			.param("uploadedBy", a.uploadedBy())
			.param("createdAt", a.createdAt().atOffset(ZoneOffset.UTC))
			.param("locationRemoved", a.locationRemoved())
			.update();
	}

	Optional<StoredAttachment> find(UUID id) {
		return jdbc.sql("SELECT * FROM attachment WHERE id = ?").param(id).query(Attachments::read).optional();
	}

	List<StoredAttachment> find(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM attachment WHERE id = ANY(string_to_array(:ids, ',')::uuid[])")
			.param("ids", joined(ids))
			.query(Attachments::read)
			.list();
	}

	/**
	 * Deletes, oldest first and at most {@code limit}, the attachments uploaded before {@code cutoff} that no case
	 * refers to, skipping any another transaction holds (a step about to refer to it), and gives them back.
	 */
	List<StoredAttachment> removeUnused(Instant cutoff, int limit) {
		return jdbc.sql("""
				DELETE FROM attachment WHERE id IN (
				  SELECT a.id FROM attachment a
				  WHERE a.created_at < :cutoff
				    AND NOT EXISTS (SELECT 1 FROM attachment_use u WHERE u.attachment_id = a.id)
				  ORDER BY a.created_at
				  LIMIT :limit
				  FOR UPDATE SKIP LOCKED)
				RETURNING *
				""")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(Attachments::read)
			.list();
	}

	/** Deletes those of the attachments that no case refers to, and gives them back. */
	List<StoredAttachment> removeUnused(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				DELETE FROM attachment a
				WHERE a.id = ANY(string_to_array(:ids, ',')::uuid[])
				  AND NOT EXISTS (SELECT 1 FROM attachment_use u WHERE u.attachment_id = a.id)
				RETURNING *
				""")
			.param("ids", joined(ids))
			.query(Attachments::read)
			.list();
	}

	/** The cases whose steps refer to the attachment. */
	List<Long> casesUsing(UUID id) {
		return jdbc.sql("SELECT case_id FROM attachment_use WHERE attachment_id = ? ORDER BY case_id")
			.param(id)
			.query(Long.class)
			.list();
	}

	/** Records that the case refers to the attachments that exist among {@code ids}. */
	void use(long caseId, Collection<UUID> ids) {
		jdbc.sql("""
				INSERT INTO attachment_use (attachment_id, case_id)
				SELECT id, :caseId FROM attachment WHERE id = ANY(string_to_array(:ids, ',')::uuid[])
				ON CONFLICT DO NOTHING
				""")
			.param("caseId", caseId)
			.param("ids", joined(ids))
			.update();
	}

	private static String joined(Collection<UUID> ids) {
		return String.join(",", ids.stream().map(UUID::toString).toList());
	}

	private static StoredAttachment read(ResultSet rs, int row) throws SQLException {
		return new StoredAttachment(rs.getObject("id", UUID.class), rs.getString("sha256"),
				rs.getString("content_type"), rs.getLong("size"), rs.getString("name"), rs.getString("uploaded_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("location_removed"));
	}
}
