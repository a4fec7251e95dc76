package org.onegrid.cases;

/**
 * One step in the life of a case, named by the case's number, as a feed of changes lists it for systems that
 * follow cases from outside (Open311's updates, for example).
 */
public record CaseChange(long caseId, String caseNo, TimelineEntry entry) {
}
