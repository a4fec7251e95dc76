/**
 * Open311 GeoReport v2 under {@code /open311/v2}: the open interface through which citizen apps and city systems
 * written for 311 services find what a district handles. Each minor class (小类) of the catalogue is offered as a
 * service, grouped by its major class (大类); a service request becomes a case on the citizen channel, and citizens'
 * cases can be read back as service requests, each within the district (a grid's territory) its {@code
 * jurisdiction_id} names. Every answer comes as JSON or XML, as the path's extension asks, and every refusal is the
 * spec's list of errors rather than OneGrid's problem documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311 GeoReport v2",
		allowedDependencies = { "api", "access", "calendar", "cases", "catalogue", "grid" })
package org.onegrid.open311;
