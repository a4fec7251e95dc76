package org.onegrid.cases;

/**
 * How big a case is, which decides the level that handles it, smallest first. The 长河 street's 四平台 rules keep
 * general cases in the community, send serious ones to the street's joint platform and major ones to the district;
 * 中山's four-level grid adds minor matters that the 微网格 settles itself (微网格自管共管).
 */
public enum Tier {

	/** 轻微. */
	MINOR("轻微", "minor"),

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

	/** The tier as the plans name it: 轻微, 一般, 较大 or 重大. */
	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}

	/** Whether the tier is above 一般: 较大 or 重大. */
	public boolean aboveGeneral() {
		return compareTo(GENERAL) > 0;
	}
}
