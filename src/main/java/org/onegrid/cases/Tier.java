package org.onegrid.cases;

/**
 * How big a case is, which decides the level that handles it (the 长河 street's 四平台 rules, 三): general cases stay in the
 * community, serious ones go to the street's joint platform, major ones to the district.
 */
public enum Tier {

	/** 一般. */
	GENERAL("一般", "general"),

	/** 较大. */
	SERIOUS("较大", "serious"),

	/** 重大. */
	MAJOR("重大", "major");

	private final String nameZh;

	private final String nameEn;

	Tier(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	/** The tier as the plans name it: 一般, 较大 or 重大. */
	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}
}
