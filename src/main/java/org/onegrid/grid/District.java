package org.onegrid.grid;

/**
 * A district this installation serves (区 or 街道), as its territory: the grid {@code grid} of layer {@code layer}
 * and everything inside it. When one OneGrid serves several districts, a case belongs to the one whose grid its place
 * lies in, and outside clients name a district by its code, such as Open311's {@code jurisdiction_id}.
 *
 * @param code the district's code, as outside systems name it, such as {@code songjiang.shanghai.gov.cn}
 * @param name the district's name, such as 松江区
 * @param layer the layer of the district's grid
 * @param grid the code of the district's grid in that layer
 */
public record District(String code, String name, String layer, String grid) {
}
