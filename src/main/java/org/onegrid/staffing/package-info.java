/**
 * Staffing minimums (人员进驻要求) as data: a unit's rule says how many people, of a department and in a duty when
 * given, must be on the unit's roster through a daily slot, and how many of them must hold a qualification that day,
 * as the 长河 street's plan has 城管 and 市场监管 each station two people in its command room every working day from
 * 8:00 to 17:00, one of them qualified to enforce the law. The check reports the days a roster falls short; it never
 * refuses a change to the roster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staffing rules",
		allowedDependencies = { "api", "access", "people", "calendar" })
package org.onegrid.staffing;
