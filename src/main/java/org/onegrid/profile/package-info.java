/**
 * District profiles: a district describes its own system (grid layers and grids, units, departments and platforms,
 * roles, the category catalogue with its time limits, the responsibility matrix, team templates, people with their
 * accounts and qualifications, duty rules, assessment scorecards, automatic supervision rules, staffing rules and patrol minimums) as one versioned bundle of YAML and GeoJSON files, which OneGrid checks as a whole,
 * loads through the other modules' public APIs in one transaction, and gives back as the same bundle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "District profiles")
package org.onegrid.profile;
