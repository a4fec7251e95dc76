/**
 * Registry look-ups (the 丽水 city-management grid plan): grid workers may query people (实有人口), vehicles, legal persons
 * and property in the grids they serve. Every look-up is scoped to the caller's grids, masks identity and phone
 * numbers unless the caller may read personal information, and is audited. The records come from a {@link
 * org.onegrid.registry.RegistrySource}, a port to the district's own registers; the in-memory one here is a stub.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry look-ups")
package org.onegrid.registry;
