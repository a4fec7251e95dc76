package org.onegrid.profile;

/**
 * One thing a load creates or changes, at its place in the bundle.
 *
 * @param section what kind of thing: {@code layer}, {@code grids}, {@code unit}, {@code department},
 * {@code platform}, {@code coordinator}, {@code role}, {@code majorClass}, {@code minorClass}, {@code urgency}, {@code rule},
 * {@code teamTemplate}, {@code person}, {@code team}, {@code account}, {@code shift} or {@code profile}
 * @param key the thing's code or name
 * @param action {@code create} or {@code update}
 */
public record ProfileChange(String file, int line, String section, String key, String action) {
}
