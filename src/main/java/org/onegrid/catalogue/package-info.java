/**
 * The case catalogue a district configures: what kinds of problems it handles and who handles them. Categories come
 * in two kinds, 部件 (components: faults of public facilities) and 事件 (events: problems caused by acts), each a
 * two-level tree of major classes (大类) and minor classes (小类) with numeric codes. A minor class carries its filing
 * and closing conditions, a default department and its time limits per stage and area class; urgency scales those
 * limits. The responsibility matrix (权责清单) maps a category in a grid subtree to a lead department.
 * <p>
 * Everything here is data: OneGrid ships a default catalogue and loads it once into an empty database; from then on
 * the district edits it through {@code /api/v1/catalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case catalogue",
		allowedDependencies = { "api", "calendar", "grid" })
package org.onegrid.catalogue;
