package org.kamcomp.domain.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema. Migrations common to every database live in {@code
 * db/migration/common}; what one database needs in its own SQL lives in a folder named after it
 * ({@code h2}, {@code postgresql}).
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(
            "classpath:db/migration/common", "classpath:db/migration/" + vendorOf(dataSource))
        // WildFly's batch job repository creates its own tables in the same database as the
        // server starts, before this runs: a new database is then not empty, yet unmigrated.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** The folder name of the database's own migrations: {@code h2} or {@code postgresql}. */
  static String vendorOf(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException(
          "KAM Comp runs on H2 or PostgreSQL, not on " + c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
