package org.kamcomp.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database WildFly is pointed at: the embedded H2 by default, PostgreSQL when {@code DB_URL}
 * names one ({@code DB_USER} and {@code DB_PASSWORD} with it).
 *
 * @param url the JDBC URL, or null for the server's own default (an H2 file in its data folder)
 * @param fromEnvironment whether the URL came from DB_URL, which WildFly then reads itself, so the
 *     password never appears on a command line
 */
public record Database(
    String url, String user, String password, String driver, boolean fromEnvironment) {

  /** Reads DB_URL, DB_USER and DB_PASSWORD; without DB_URL, {@code defaultH2Url} (may be null). */
  public static Database fromEnvironment(Map<String, String> env, String defaultH2Url) {
    String url = blankToNull(env.get("DB_URL"));
    if (url == null) {
      return new Database(defaultH2Url, "sa", "sa", "h2", false);
    }
    String driver;
    if (url.startsWith("jdbc:postgresql:")) {
      driver = "postgresql";
    } else if (url.startsWith("jdbc:h2:")) {
      driver = "h2";
    } else {
      throw new StartupProblem(
          "DB_URL="
              + url
              + " is not a database KAM Comp runs on. Set DB_URL to a PostgreSQL URL such as"
              + " jdbc:postgresql://127.0.0.1:5432/kam, or unset it for the embedded H2 database.");
    }
    return new Database(
        url, env.getOrDefault("DB_USER", "sa"), env.get("DB_PASSWORD"), driver, true);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public boolean isPostgresql() {
    return "postgresql".equals(driver);
  }

  /** Connects once, so a wrong URL or password is reported before anything starts. */
  public void checkReachable() {
    if (!isPostgresql()) {
      return;
    }
    DriverManager.setLoginTimeout(5);
    try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password)) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new StartupProblem(
          "Cannot connect to the database at DB_URL="
              + url
              + " as DB_USER="
              + user
              + ": "
              + e.getMessage()
              + ". Check DB_URL, DB_USER and DB_PASSWORD, and that PostgreSQL is running.");
    }
  }

  /** WildFly system properties that point its datasource at this database. */
  public String[] serverProperties() {
    return url == null || fromEnvironment
        ? new String[] {"-Dkam.db.driver=" + driver}
        : new String[] {
          "-Dkam.db.driver=" + driver,
          "-Dkam.db.url=" + url,
          "-Dkam.db.user=" + user,
          "-Dkam.db.password=" + password
        };
  }
}
