package org.onegrid.people;

/**
 * What an organisation unit is: the territorial levels (区 / 街道 / 片区 / 社区) and the 中山 street's 多格合一 plan's command
 * levels (城运中心 / 分中心 / 站点).
 */
public enum UnitKind {
	DISTRICT, STREET, AREA, COMMUNITY, CENTRE, SUB_CENTRE, STATION
}
