package org.kamcomp.it;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.kamcomp.launcher.Database;
import org.kamcomp.launcher.DemoData;
import org.kamcomp.launcher.Platform;

/**
 * Starts one platform for the whole test run, as the run command does but with a folder and a
 * database of its own (an in-memory H2, or PostgreSQL when DB_URL names one), loads the demo
 * company into it, and stops everything when the run ends, whether the tests passed or not.
 */
public final class TestPlatform implements LauncherSessionListener {

  private static Platform platform;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stop();
  }

  static synchronized void start() {
    if (platform != null) {
      return;
    }
    Path root = Path.of(System.getProperty("kam.root", "..")).toAbsolutePath().normalize();
    Database database =
        Database.fromEnvironment(System.getenv(), "jdbc:h2:mem:kam-it;DB_CLOSE_DELAY=-1");
    System.out.println(
        "[platform] database: " + (database.isPostgresql() ? database.url() : "H2 in memory"));
    Platform p =
        new Platform(
            root,
            root.resolve("it/target/platform"),
            database,
            System.getenv(),
            true,
            line -> System.out.println("[platform] " + line));
    Runtime.getRuntime().addShutdownHook(new Thread(TestPlatform::stop));
    platform = p.start();
    try {
      DemoData demo = new DemoData(Platform.APP_URL, p.keycloakUrl());
      demo.load();
      demo.publishHistory(LocalDate.now(ZoneOffset.UTC));
    } catch (Exception e) {
      stop();
      throw new IllegalStateException("Loading the demo data failed", e);
    }
  }

  static synchronized void stop() {
    if (platform != null) {
      platform.close();
      platform = null;
    }
  }

  static String keycloakUrl() {
    return platform.keycloakUrl();
  }
}
