/**
 * Cases (案件): the closed loop from report to evaluation (发现、受理、分流、处置、跟踪、督办、反馈、评价).
 * <p>
 * {@link org.onegrid.cases.Intake} takes reports from every channel, locates them in every grid layer and flags
 * duplicates; {@link org.onegrid.cases.Lifecycle} applies actions to a case, which guards its own fixed set of
 * {@link org.onegrid.cases.CaseState states}; {@link org.onegrid.cases.CaseSearch} reads cases with their timeline;
 * {@link org.onegrid.cases.LightSweep} turns lights yellow and red as working-day deadlines pass.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.onegrid.cases;
