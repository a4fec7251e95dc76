/**
 * Position checks and random spot checks of grid workers (定位定时、随机督查): the centre checks, each day at set times
 * and at random times in working hours, whether the grid workers of a unit are at their posts (在岗在位), from their
 * last known position in the field work module and their grids in the people and grid modules. Rules are data; each
 * check is made once per rule and time by a sweep, and its results (in one of the worker's grids, outside them, or
 * no recent position) feed the monthly assessment through {@link org.onegrid.spotcheck.SpotChecks#tally}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spot checks",
		allowedDependencies = { "api", "access", "calendar", "fieldwork", "geo", "grid", "people" })
package org.onegrid.spotcheck;
