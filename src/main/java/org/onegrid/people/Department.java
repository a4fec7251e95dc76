package org.onegrid.people;

/**
 * A department or station (派出所, 城管中队, 市场监管所…) that cases are dispatched to.
 *
 * @param code the dispatch target code the responsibility matrix uses, e.g. {@code urban-management}
 * @param unitCode the unit it belongs to or serves, if any
 */
public record Department(String code, String nameZh, String nameEn, String unitCode) {
}
