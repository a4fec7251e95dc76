package org.onegrid.access;

/**
 * How personal information shows to those who may not read it: enough to recognise, not enough to use.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last two digits. */
	public static String phone(String phone) {
		String digits = phone.replaceAll("[^0-9+]", "");
		if (digits.length() >= 7) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
	}

	/** A Chinese ID number keeps its first and last characters: {@code 3101…1234} → {@code 3*************4}. */
	public static String idNumber(String id) {
		if (id.length() <= 2) {
			return "*".repeat(id.length());
		}
		return id.charAt(0) + "*".repeat(id.length() - 2) + id.charAt(id.length() - 1);
	}
}
