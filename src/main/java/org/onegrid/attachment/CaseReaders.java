package org.onegrid.attachment;

import java.util.Collection;

import org.onegrid.access.Grant;

/**
 * Tells whether a caller may see a case, so that whoever may see a case that refers to a file may see the file.
 * The cases module answers it; the attachment module never reads cases itself.
 */
public interface CaseReaders {

	/** Whether the grant may read at least one of the cases. */
	boolean seesAny(Grant grant, Collection<Long> caseIds);
}
