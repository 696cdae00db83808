package org.kamcomp.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void withoutDbUrlTheEmbeddedH2IsUsed() {
    Database db = Database.fromEnvironment(Map.of(), null);
    assertEquals("h2", db.driver());
    assertArrayEquals(new String[] {"-Dkam.db.driver=h2"}, db.serverProperties());
  }

  @Test
  void testsPassTheirOwnH2OnTheCommandLine() {
    Database db = Database.fromEnvironment(Map.of(), "jdbc:h2:mem:t");
    assertEquals("-Dkam.db.url=jdbc:h2:mem:t", db.serverProperties()[1]);
  }

  @Test
  void aPostgresqlUrlSwitchesTheDriverAndWildFlyReadsTheRestFromTheEnvironment() {
    Database db =
        Database.fromEnvironment(
            Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:5432/kam",
                "DB_USER", "kam",
                "DB_PASSWORD", "secret"),
            "jdbc:h2:mem:t");
    assertTrue(db.isPostgresql());
    assertEquals("kam", db.user());
    assertArrayEquals(new String[] {"-Dkam.db.driver=postgresql"}, db.serverProperties());
  }

  @Test
  void anUnsupportedUrlSaysWhatToSet() {
    StartupProblem p =
        assertThrows(
            StartupProblem.class,
            () -> Database.fromEnvironment(Map.of("DB_URL", "jdbc:mysql://x/y"), null));
    assertTrue(p.getMessage().contains("Set DB_URL to a PostgreSQL URL"), p.getMessage());
  }

  @Test
  void anUnreachableDatabaseIsNamedWithWhatToCheck() {
    Database db =
        Database.fromEnvironment(
            Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere", "DB_USER", "u"), null);
    StartupProblem p = assertThrows(StartupProblem.class, db::checkReachable);
    assertTrue(
        p.getMessage().startsWith("Cannot connect to the database at DB_URL="), p.getMessage());
    assertTrue(p.getMessage().contains("Check DB_URL, DB_USER and DB_PASSWORD"), p.getMessage());
  }
}
