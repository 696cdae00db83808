package org.kamcomp.domain.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations run on a new H2 database (PostgreSQL is covered by the integration tests). */
class SchemaMigrationsTest {

  @Test
  void everyMigrationRunsOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    var result = SchemaMigrations.migrate(h2);
    assertEquals("h2", SchemaMigrations.vendorOf(h2));
    assertEquals(true, result.success);
    assertEquals(0, SchemaMigrations.migrate(h2).migrationsExecuted, "a second run does nothing");
  }
}
