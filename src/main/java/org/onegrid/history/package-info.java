/**
 * Historical cases: another system's records of cases (a 12345 hotline's, a 311 service's CSV export) imported as
 * cases that happened when they happened.
 * <p>
 * A {@link org.onegrid.history.Mapping mapping document} says which columns hold the key, the original times, the
 * status, the department and the category; {@link org.onegrid.history.Imports} checks a file in a dry run or stores
 * it as a job that records its rows in chunks in the background, resumable after a restart, and each row through
 * {@link org.onegrid.cases.HistoricalCases} once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Historical cases")
package org.onegrid.history;
