package org.onegrid.hotline;

/**
 * One line of a source's mapping table: a ticket whose category words are {@code categoryText} (compared after
 * trimming) becomes a case of the minor class {@code minorCode} of {@code kind}.
 */
public record CategoryMapping(String categoryText, String kind, String minorCode) {
}
