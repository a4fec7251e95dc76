package org.onegrid.catalogue;

import org.onegrid.calendar.WorkingDuration;

/**
 * One stage's time limit for a minor class.
 *
 * @param stage the stage it limits
 * @param areaClass the area class it applies to, or {@code null} for every area class without a limit of its own
 * @param limit the limit at normal urgency
 */
public record TimeLimit(Stage stage, AreaClass areaClass, WorkingDuration limit) {
}
