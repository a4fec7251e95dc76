package org.onegrid.grid;

/**
 * One reason an import was rejected.
 *
 * @param featureIndex the feature's position in the file (from 0), or -1 for the file as a whole
 * @param gridCode the feature's grid code when it has one
 * @param code a stable reason such as {@code SELF_INTERSECTION}, {@code UNKNOWN_PARENT}, {@code DUPLICATE_CODE}
 * @param detail the human explanation
 */
public record ImportProblem(int featureIndex, String gridCode, String code, String detail) {
}
