package org.onegrid.people;

/**
 * What a district says about a unit when it creates or changes it. Every field is checked and every problem listed;
 * {@code kind} is one of {@link UnitKind}, the parent must exist and must not lie below the unit, and a grid link
 * names an existing grid.
 */
public record UnitDefinition(String code, String name, String kind, String parentCode, String layerCode,
		String gridCode, Boolean generated) {
}
