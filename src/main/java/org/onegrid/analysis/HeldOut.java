package org.onegrid.analysis;

/**
 * How a forecasting method did on the last periods (days or months) of a history it was not fitted on: its mean
 * absolute error beside that of the seasonal-naive forecast it must beat to be shown.
 */
record HeldOut(int periods, double mae, double seasonalNaiveMae) {

	/** This method's error as a share of seasonal-naive's; below 1 is better, absent when naive is perfect. */
	Double ratio() {
		return seasonalNaiveMae == 0 ? null : mae / seasonalNaiveMae;
	}

	/** Whether the method did better than seasonal-naive. */
	boolean beatsSeasonalNaive() {
		return ratio() != null && ratio() < 1;
	}
}
