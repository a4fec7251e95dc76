/**
 * The web command centre and the mobile page, served by OneGrid itself as static pages over the REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.onegrid.web;
