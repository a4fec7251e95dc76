/**
 * The organisation behind the grids and the people in it: units from the district down to the
 * operations centre's sub-centres and stations (城运中心, 分中心, 站点), departments and the 长河 street's 四平台 rules' four
 * platforms as dispatch targets, roles whose permissions and data scope are data, staff, the teams serving each grid
 * with the templates they are measured against (the 丽水 city-management grid plan's 1+1+1+5+X), and the 7×24 duty
 * roster (the 中山 street's 多格合一 plan: by day a street leader, by night the police station's leader).
 * <p>
 * Other modules ask {@link org.onegrid.people.Roles#permits} and {@link org.onegrid.people.People#scopeOf} what a
 * person may do and see, {@link org.onegrid.people.DepartmentDirectory#resolve} where a dispatch target leads and
 * {@link org.onegrid.people.DutyRoster#onDuty} who is on duty. Authentication is not part of this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and organisation",
		allowedDependencies = { "api", "grid", "calendar" })
package org.onegrid.people;
