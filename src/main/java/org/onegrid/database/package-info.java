/**
 * Where OneGrid keeps its data: an embedded PostgreSQL under {@code ./data/pg} by default, or the external server
 * named by {@code ONEGRID_DB_URL}. Flyway owns the schema either way, as the schema owner's role when
 * {@code ONEGRID_DB_MIGRATION_USER} names one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.onegrid.database;
