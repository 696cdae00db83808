/**
 * Schema migrations: the database schema is versioned with Flyway and changed only by migrations.
 */
package org.kamcomp.domain.migration;
