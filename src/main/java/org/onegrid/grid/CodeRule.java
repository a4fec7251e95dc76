package org.onegrid.grid;

/**
 * How a layer's grid codes are formed, checked at import.
 */
public enum CodeRule {

	/**
	 * A grid's code is a 12-digit administrative code (区 310117000000, 街道 310117001000, 社区 310117001001), or its
	 * parent's code followed by the layer's sequence digits (a micro-grid 310117001001003).
	 */
	ADMINISTRATIVE,

	/** Any code of letters, digits, '-' and '_' up to 64 characters, for layers imported from elsewhere. */
	FREE;

	/** Whether {@code code} is acceptable for a grid whose parent has {@code parentCode} (null for roots). */
	public boolean accepts(String code, String parentCode, int sequenceDigits) {
		if (this == FREE) {
			return code.length() <= 64 && code.matches("[A-Za-z0-9_-]+");
		}
		if (code.matches("\\d{12}")) {
			return true;
		}
		return parentCode != null && code.length() == parentCode.length() + sequenceDigits
				&& code.startsWith(parentCode) && code.substring(parentCode.length()).matches("\\d+");
	}
}
