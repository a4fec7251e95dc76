package org.onegrid.cases;

import java.util.List;

/**
 * Where a report came from. Each channel names the details it must carry, such as the hotline's ticket number, so
 * that a case can always be traced back to its source system.
 */
public enum Channel {

	/** 网格员巡查上报: a grid worker on patrol. */
	PATROL(List.of()),

	/** 市民上报 (web, WeChat). */
	CITIZEN(List.of()),

	/** 12345 热线: carries the hotline's ticket number. */
	HOTLINE_12345(List.of("ticketNo")),

	/** 12319 城建服务热线: carries the hotline's ticket number. */
	HOTLINE_12319(List.of("ticketNo")),

	/** 省级平台 (a provincial government-service platform): carries its ticket number. */
	PROVINCIAL_PLATFORM(List.of("ticketNo")),

	/** 110 非警务警情分流: carries the 110 incident number. */
	POLICE_110(List.of("incidentNo")),

	/** 视频 / 物联感知告警: carries the device and the alert's id. */
	VIDEO(List.of("deviceId", "alertId")),

	/** 领导批示: carries who gave the instruction. */
	LEADER(List.of("instructedBy"));

	private final List<String> requiredDetails;

	Channel(List<String> requiredDetails) {
		this.requiredDetails = requiredDetails;
	}

	/** The keys of {@code channelDetails} a report from this channel must have. */
	public List<String> requiredDetails() {
		return requiredDetails;
	}
}
