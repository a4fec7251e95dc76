/**
 * Patrol minimums (巡查频次) as data: a rule says on how many days of each ISO week every grid worker posted at a unit
 * or below it, in a role when given, patrols their grids, as the 莲都 plan has each grid worker patrol their grid on
 * at least two days a week. The check reports, week by week, each covered worker's patrol days from the field work
 * module and whether the minimum is met; it never refuses anything a worker does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patrol rules",
		allowedDependencies = { "api", "access", "people", "fieldwork", "calendar" })
package org.onegrid.patrolrule;
