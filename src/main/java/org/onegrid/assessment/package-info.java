/**
 * Assessment (考核): monthly indicators, scores, grades and rankings of departments and grids, and the monthly close
 * that publishes them.
 * <p>
 * The module keeps its own facts, fed by the cases module's events, and never reads the cases' tables;
 * {@link org.onegrid.assessment.Assessment} answers from those facts, or from a closed month's published revision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.onegrid.assessment;
