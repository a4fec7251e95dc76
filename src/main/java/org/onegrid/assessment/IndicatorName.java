package org.onegrid.assessment;

/**
 * An indicator as readers see it: its code in figures and scorecards, and the name the monthly report gives it in
 * Chinese and in English, so that every screen and sheet calls it the same.
 */
public record IndicatorName(String code, String nameZh, String nameEn) {
}
