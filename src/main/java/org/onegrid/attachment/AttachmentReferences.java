package org.onegrid.attachment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onegrid.access.Grant;
import org.onegrid.api.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The attachments that case steps refer to. A case's attachments are strings; one of the form
 * {@code /api/v1/attachments/<id>} is a stored file, and any other string (a link elsewhere, an old reference) is
 * left alone. A step may refer to a stored file only if the caller uploaded it or may already see a case that
 * refers to it; once the step is stored, everyone who may see that case may see the file.
 */
@Service
public class AttachmentReferences {

	/** The address of every stored file, followed by its id. */
	public static final String PREFIX = "/api/v1/attachments/";

	private final Attachments attachments;

	private final ObjectProvider<CaseReaders> readers;

	AttachmentReferences(Attachments attachments, ObjectProvider<CaseReaders> readers) {
		this.attachments = attachments;
		this.readers = readers;
	}

	/** Whether the string refers to a stored file (well-formed or not). */
	public static boolean isReference(String attachment) {
		return attachment != null && attachment.startsWith(PREFIX);
	}

	static String urlOf(UUID id) {
		return PREFIX + id;
	}

	/**
	 * Adds a violation, named {@code field[index]}, for every reference in {@code references} to a file that does
	 * not exist, or that the grant's caller neither uploaded nor may see through a case. The two are refused alike,
	 * so that nobody learns which ids exist. Strings that are not references, and {@code null}s, are skipped.
	 */
	public void check(List<String> references, String field, Grant grant, List<Violation> violations) {
		if (references == null) {
			return;
		}
		Map<Integer, Optional<UUID>> given = new LinkedHashMap<>();
		for (int i = 0; i < references.size(); i++) {
			if (isReference(references.get(i))) {
				given.put(i, idOf(references.get(i)));
			}
		}
		Map<UUID, StoredAttachment> found = attachments.find(given.values().stream().flatMap(Optional::stream)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(StoredAttachment::id, Function.identity()));
		given.forEach((index, id) -> {
			StoredAttachment attachment = id.map(found::get).orElse(null);
			if (attachment == null || !mayUse(attachment, grant)) {
				violations.add(new Violation(field + "[" + index + "]", "UNKNOWN_ATTACHMENT",
						"附件不存在或无权使用 / There is no attachment " + references.get(index)
								+ " that you uploaded or may see; upload the file first"));
			}
		});
	}

	/**
	 * Records that case {@code caseId} refers to the stored files among {@code references}; called inside the
	 * transaction that stores the step, so that the file becomes visible with the step, and not before.
	 */
	public void recordUse(long caseId, Collection<String> references) {
		List<UUID> ids = references.stream().filter(AttachmentReferences::isReference)
			.map(AttachmentReferences::idOf).flatMap(Optional::stream).distinct().toList();
		if (!ids.isEmpty()) {
			attachments.use(caseId, ids);
		}
	}

	/** Whether the grant's caller may read and refer to the attachment. */
	boolean mayUse(StoredAttachment attachment, Grant grant) {
		if (grant.system() || Objects.equals(attachment.uploadedBy(), grant.username())) {
			return true;
		}
		List<Long> cases = attachments.casesUsing(attachment.id());
		CaseReaders caseReaders = readers.getIfAvailable();
		return !cases.isEmpty() && caseReaders != null && caseReaders.seesAny(grant, cases);
	}

	static Optional<UUID> idOf(String reference) {
		String id = reference.substring(PREFIX.length());
		if (!id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(id));
	}
}
