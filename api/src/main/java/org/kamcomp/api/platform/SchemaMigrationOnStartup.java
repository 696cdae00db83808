package org.kamcomp.api.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.kamcomp.domain.migration.SchemaMigrations;

/**
 * Migrates the database when the application is deployed, before it serves a request. The EAR
 * initialises this module first, so the UI never meets an old schema.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrationOnStartup {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationOnStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/KamDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = SchemaMigrations.migrate(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, on "
                + result.database
                + ")");
  }
}
