package org.onegrid.analysis;

/**
 * The body of {@code POST /api/v1/analysis/warnings/{id}/supervision}: the note the supervision notices carry.
 */
record SupervisionRequest(String note) {
}
