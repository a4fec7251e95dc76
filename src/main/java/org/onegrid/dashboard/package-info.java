/**
 * The big-screen dashboard (一屏观天下): the command centre's figures of the day and the month, and a live feed of new,
 * overdue and escalated cases pushed to every screen by Server-Sent Events, each within the viewer's data scope.
 * <p>
 * Figures are read from the other modules' public APIs ({@link org.onegrid.cases.CaseTallies},
 * {@link org.onegrid.fieldwork.OnPatrol}, the working calendar). The feed is fed by the cases module's events: each
 * line is stored and announced with PostgreSQL's NOTIFY in one transaction, and every instance keeps one connection
 * listening, so that a screen hears of a case whichever instance took it in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.onegrid.dashboard;
