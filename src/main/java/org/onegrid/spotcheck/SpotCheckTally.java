package org.onegrid.spotcheck;

/** A worker's spot checks in a period: how many checked them, and in how many they were in one of their grids. */
public record SpotCheckTally(long personId, long checks, long inGrid) {
}
