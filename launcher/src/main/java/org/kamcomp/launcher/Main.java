package org.kamcomp.launcher;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;

/**
 * {@code run}: starts the platform with the demo data and keeps it up until Ctrl-C or {@code stop};
 * {@code stop}: stops a platform that {@code run} started.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    Path repoRoot = Path.of(System.getProperty("kam.root", ".")).toAbsolutePath().normalize();
    Path runDir = repoRoot.resolve("var");
    String command = args.length == 0 ? "run" : args[0];
    try {
      switch (command) {
        case "run" -> run(repoRoot, runDir);
        case "stop" -> {
          if (!Platform.stopRunning(runDir, System.out::println)) {
            System.out.println("KAM Comp is not running.");
          }
        }
        default -> {
          System.err.println("usage: Main run|stop");
          System.exit(2);
        }
      }
    } catch (StartupProblem problem) {
      System.err.println();
      System.err.println("KAM Comp cannot start: " + problem.getMessage());
      System.exit(1);
    }
  }

  private static void run(Path repoRoot, Path runDir) throws Exception {
    long t0 = System.nanoTime();
    Database database = Database.fromEnvironment(System.getenv(), null);
    Platform platform =
        new Platform(repoRoot, runDir, database, System.getenv(), false, System.out::println);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  platform.close();
                  stopped.countDown();
                }));
    platform.start();
    long loading = System.nanoTime();
    DemoData demo = new DemoData(Platform.APP_URL, platform.keycloakUrl());
    int added = demo.load();
    int published = demo.publishHistory(LocalDate.now(ZoneOffset.UTC));
    String took = String.format(" in %.1f s", (System.nanoTime() - loading) / 1e9);
    System.out.println(
        added == 0 && published == 0
            ? "Demo data is in place (checked" + took + ")."
            : "Loaded the demo data ("
                + added
                + " records, "
                + published
                + " quarters calculated and published"
                + took
                + ").");
    System.out.printf(
        "%n  KAM Comp is running (started in %.1f s) on %s.%n"
            + "%n  Sign in:     %s/kam/"
            + "%n  REST API:    %s/api/  (OpenAPI document: %s/openapi)"
            + "%n  Keycloak:    %s/admin/  (admin / admin)"
            + "%n  Database:    %s"
            + "%n%n  Demo logins (the password is the user name):%n",
        (System.nanoTime() - t0) / 1e9,
        Platform.APP_URL,
        Platform.APP_URL,
        Platform.APP_URL,
        Platform.APP_URL,
        platform.keycloakUrl(),
        database.isPostgresql()
            ? database.url()
            : "embedded H2 in " + runDir.resolve("wildfly/data/kam"));
    DemoData.LOGINS.forEach(l -> System.out.println("    " + l));
    System.out.printf("%n  Stop with Ctrl-C, or ./kam stop from another terminal.%n%n");
    stopped.await();
  }
}
