/**
 * The citizen portal (市民门户): public pages and endpoints under {@code /portal} where anyone, without signing in,
 * reports a problem (with up to three photos), tracks it by its ticket number and a secret tracking code, and rates the result once the case
 * is closed. Reports become cases on the citizen channel through the cases module's intake; the portal never shows
 * internal notes or anyone's personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen portal",
		allowedDependencies = { "api", "access", "attachment", "cases", "catalogue", "grid" })
package org.onegrid.portal;
