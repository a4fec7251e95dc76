package org.onegrid.cases;

import java.util.Collection;

import org.onegrid.access.Grant;
import org.onegrid.attachment.CaseReaders;
import org.springframework.stereotype.Component;

/**
 * Answers the attachment module's question of who may see a case: whoever may read cases and has it in their
 * scope, as for reading the case itself.
 */
@Component
class AttachmentReaders implements CaseReaders {

	private final Cases cases;

	AttachmentReaders(Cases cases) {
		this.cases = cases;
	}

	@Override
	public boolean seesAny(Grant grant, Collection<Long> caseIds) {
		return grant.permits("case:read")
				&& caseIds.stream().anyMatch(id -> cases.find(id).filter(c -> c.visibleTo(grant)).isPresent());
	}
}
