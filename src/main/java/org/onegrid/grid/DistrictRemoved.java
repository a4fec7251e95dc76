package org.onegrid.grid;

/**
 * Published, inside the removing transaction, when an installation stops serving a district, so that what other
 * modules keep under the district's code (the services it offered) goes with it and a district later given the same
 * code starts afresh.
 *
 * @param code the district's code
 */
public record DistrictRemoved(String code) {
}
