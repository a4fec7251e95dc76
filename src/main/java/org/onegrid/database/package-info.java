/**
 * Where OneGrid keeps its data: an embedded PostgreSQL under {@code ./data/pg} by default, or the external server
 * named by {@code ONEGRID_DB_URL}. Flyway owns the schema either way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.onegrid.database;
