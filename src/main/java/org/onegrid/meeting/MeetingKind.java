package org.onegrid.meeting;

/** What a meeting is for; the district names its own meetings, the kind only groups them. */
public enum MeetingKind {

	/** 会商: hard cases taken up together by the units that share them. */
	CONSULTATION("会商", "Consultation"),

	/** 例会: a team's regular meeting. */
	ROUTINE("例会", "Routine meeting"),

	/** 联席会议: the joint meeting of several bodies under one leader. */
	JOINT("联席会议", "Joint meeting");

	private final String nameZh;

	private final String nameEn;

	MeetingKind(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}
}
