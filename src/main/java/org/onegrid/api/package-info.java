/**
 * The conventions every OneGrid HTTP API follows: errors are RFC 9457 problem details, listed field by field, and
 * nothing a client sends can produce a 500.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions")
package org.onegrid.api;
