package org.onegrid.catalogue;

/**
 * A minor class (小类) a district offers as one of its services.
 *
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param minorCode the minor class's four-digit code
 */
public record OfferedClass(String kind, String minorCode) {
}
