package org.onegrid.catalogue;

import java.util.List;

import org.onegrid.catalogue.MinorClassDefinition.LimitDefinition;

/**
 * The time limits one district sets for one minor class of the catalogue, where they differ from the
 * installation's: each names a stage and holds in every area class of the district.
 *
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param minorCode the minor class's four digits
 * @param timeLimits the district's limits, at least one; a stage not named keeps the catalogue's limit
 */
public record DistrictLimit(String kind, String minorCode, List<LimitDefinition> timeLimits) {
}
