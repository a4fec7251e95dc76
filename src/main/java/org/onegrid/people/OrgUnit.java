package org.onegrid.people;

/**
 * A unit of the organisation tree, optionally the owner of one grid.
 *
 * @param code a slug or administrative code, unique in the district
 * @param parentCode the parent unit, {@code null} for the root
 * @param layerCode the layer of the unit's grid, {@code null} when the unit has no grid
 * @param gridCode the unit's grid in that layer
 * @param generated whether the unit is generated demo data
 * @param headPersonId the unit's head (负责人), who hears of its cases' alerts when nobody is on duty; may be
 * {@code null}
 */
public record OrgUnit(String code, String name, UnitKind kind, String parentCode, String layerCode, String gridCode,
		boolean generated, Long headPersonId) {
}
