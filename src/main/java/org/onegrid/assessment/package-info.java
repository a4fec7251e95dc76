/**
 * Assessment (考核): monthly indicators, scores, grades and rankings of departments, grids, intake channels, grid
 * workers and the centre's operators, and the monthly close that publishes them.
 * <p>
 * The module keeps its own facts, fed by the cases module's events, and never reads the cases' tables; for people it
 * asks the people, access, field work and spot check modules' public APIs who serves a grid, whose an account is,
 * when they checked in and how often spot checks found them at their posts. {@link org.onegrid.assessment.Assessment} answers from those facts, or from a closed month's published
 * revision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.onegrid.assessment;
