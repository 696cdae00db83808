package org.kamcomp.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The platform on this machine: Keycloak (unless an existing one is named by {@code KEYCLOAK_URL}),
 * WildFly with the EAR, and its database. Each server is started from the build's provisioned copy
 * with a folder of its own under {@code runDir}, so the demo and the tests never share data.
 */
public final class Platform implements AutoCloseable {

  public static final int HTTP_PORT = 8080;
  public static final int MANAGEMENT_PORT = 9990;
  public static final int KEYCLOAK_PORT = 8180;
  public static final String APP_URL = "http://localhost:" + HTTP_PORT;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String EAR = "kam-comp.ear";

  private final Path repoRoot;
  private final Path runDir;
  private final Database database;
  private final String externalKeycloak;
  private final boolean freshIdentities;
  private final Consumer<String> out;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final List<ServerProcess> started = new ArrayList<>();
  private final List<Path> pidFiles = new ArrayList<>();

  /**
   * @param repoRoot the checkout, holding the built EAR and the provisioned servers
   * @param runDir where the servers keep their configuration, data, logs and pid files
   * @param database the database WildFly uses
   * @param env the environment (KEYCLOAK_URL names an existing Keycloak)
   * @param freshIdentities whether Keycloak starts from the realm file alone, forgetting what was
   *     changed in it since (the tests); otherwise it keeps its data while the realm file is
   *     unchanged
   * @param out where progress is reported
   */
  public Platform(
      Path repoRoot,
      Path runDir,
      Database database,
      Map<String, String> env,
      boolean freshIdentities,
      Consumer<String> out) {
    this.repoRoot = repoRoot.toAbsolutePath().normalize();
    this.runDir = runDir.toAbsolutePath().normalize();
    this.database = database;
    this.freshIdentities = freshIdentities;
    String kc = env.get("KEYCLOAK_URL");
    this.externalKeycloak = kc == null || kc.isBlank() ? null : stripSlash(kc);
    this.out = out;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String keycloakUrl() {
    return externalKeycloak != null ? externalKeycloak : "http://localhost:" + KEYCLOAK_PORT;
  }

  /** Starts everything and waits until the application answers; on failure, stops what started. */
  public Platform start() {
    try {
      checkNotRunning();
      checkBuilt();
      checkPortFree(HTTP_PORT, "WildFly's HTTP port");
      checkPortFree(MANAGEMENT_PORT, "WildFly's management port");
      if (externalKeycloak == null) {
        checkPortFree(KEYCLOAK_PORT, "Keycloak's port");
      }
      database.checkReachable();
      Files.createDirectories(runDir.resolve("run"));
      writePid("launcher", ProcessHandle.current().pid());
      if (externalKeycloak == null) {
        startKeycloak();
      } else {
        waitForKeycloak(null);
      }
      startWildFly();
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void checkBuilt() {
    if (!Files.isRegularFile(ear())) {
      throw new StartupProblem("The EAR is not built: " + ear() + " is missing. Run ./kam run.");
    }
    if (!Files.isDirectory(wildflyHome())) {
      throw new StartupProblem(
          "WildFly is not provisioned at " + wildflyHome() + ". Run ./kam run.");
    }
    if (externalKeycloak == null && keycloakHome() == null) {
      throw new StartupProblem("Keycloak is not unpacked under server/target. Run ./kam run.");
    }
  }

  private static void checkPortFree(int port, String what) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
    } catch (IOException inUse) {
      throw new StartupProblem(
          "Port "
              + port
              + " ("
              + what
              + ") is already in use. If KAM Comp is running, stop it with ./kam stop; otherwise stop"
              + " the program that uses the port (ss -ltnp 'sport = :"
              + port
              + "' names it).");
    }
  }

  private Path ear() {
    return repoRoot.resolve("ear/target/" + EAR);
  }

  private Path wildflyHome() {
    return repoRoot.resolve("server/target/wildfly");
  }

  private Path keycloakHome() {
    try (Stream<Path> dirs = Files.list(repoRoot.resolve("server/target"))) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-"))
          .filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Keycloak keeps its realm in an H2 file under the run folder, so a second start skips the schema
   * creation and the import. A changed realm file (or a test run) starts it afresh.
   */
  private void startKeycloak() throws IOException {
    Path home = keycloakHome();
    Path realm = repoRoot.resolve("server/src/main/keycloak/kam-realm.json");
    Path data = runDir.resolve("keycloak");
    Path imported = data.resolve("imported-realm.json");
    if (freshIdentities || !Files.exists(imported) || Files.mismatch(realm, imported) != -1) {
      deleteTree(data);
    }
    Files.createDirectories(data);
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(realm, imports.resolve("kam-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    out.accept("Starting Keycloak " + home.getFileName() + " on " + keycloakUrl() + " ...");
    long t0 = System.nanoTime();
    ServerProcess kc =
        ServerProcess.start(
            "Keycloak",
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + KEYCLOAK_PORT,
                "--hostname=http://localhost:" + KEYCLOAK_PORT,
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--import-realm"),
            home,
            Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m"),
            runDir.resolve("log/keycloak.log"));
    started.add(kc);
    writePid("keycloak", kc.pid());
    waitForKeycloak(kc);
    Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
    out.accept(String.format("Keycloak is ready (%.1f s).", seconds(t0)));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private void waitForKeycloak(ServerProcess kc) {
    String wellKnown = keycloakUrl() + "/realms/kam/.well-known/openid-configuration";
    // An existing Keycloak is up or it is not; one we start gets the time it needs.
    boolean up =
        waitFor(
            () -> status(wellKnown) == 200,
            kc,
            kc == null ? Duration.ofSeconds(15) : START_TIMEOUT);
    if (!up) {
      throw new StartupProblem(
          "Keycloak is not reachable at "
              + wellKnown
              + (externalKeycloak != null
                  ? ". Check KEYCLOAK_URL and that the realm kam is imported there."
                  : "."));
    }
  }

  private void startWildFly() throws IOException {
    Path base = prepareServerBase();
    out.accept("Starting WildFly with the platform on " + APP_URL + " ...");
    long t0 = System.nanoTime();
    List<String> command = new ArrayList<>();
    command.add(wildflyHome().resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + base);
    command.add("-b=127.0.0.1");
    command.add("-bmanagement=127.0.0.1");
    command.addAll(List.of(database.serverProperties()));
    // The company's fiscal calendar and time zone, when set (January and UTC otherwise).
    String fiscal = System.getenv("KAM_FISCAL_YEAR_START_MONTH");
    if (fiscal != null && !fiscal.isBlank()) {
      command.add("-Dkam.fiscal-year-start-month=" + fiscal.strip());
    }
    String zone = System.getenv("KAM_TIME_ZONE");
    if (zone != null && !zone.isBlank()) {
      command.add("-Dkam.time-zone=" + zone.strip());
    }
    Map<String, String> env = new HashMap<>();
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    if (database.password() == null || database.password().isEmpty()) {
      // WildFly refuses an empty datasource password; without one it sends a placeholder, which a
      // database that needs no password (trust authentication) ignores.
      env.put("DB_PASSWORD", null);
    }
    ServerProcess wf =
        ServerProcess.start(
            "WildFly", command, wildflyHome(), env, runDir.resolve("log/wildfly-console.log"));
    started.add(wf);
    writePid("wildfly", wf.pid());
    Path deployed = base.resolve("deployments/" + EAR + ".deployed");
    Path failed = base.resolve("deployments/" + EAR + ".failed");
    waitFor(() -> Files.exists(deployed) || Files.exists(failed), wf, START_TIMEOUT);
    if (Files.exists(failed)) {
      throw new StartupProblem(
          "The platform failed to deploy: "
              + Files.readString(failed).strip()
              + "\nSee "
              + base.resolve("log/server.log"));
    }
    if (!waitFor(() -> status(APP_URL + "/api/health") == 200, wf, START_TIMEOUT)) {
      throw new StartupProblem(
          "The platform started but its database does not answer ("
              + APP_URL
              + "/api/health). See "
              + base.resolve("log/server.log"));
    }
    out.accept(String.format("WildFly is ready (%.1f s).", seconds(t0)));
  }

  /**
   * The server's own folder: configuration copied fresh from the provisioned server (so a rebuilt
   * server's settings apply), data kept between starts, and the current EAR to deploy at boot.
   */
  private Path prepareServerBase() throws IOException {
    Path base = runDir.resolve("wildfly");
    Path provisioned = wildflyHome().resolve("standalone");
    Path config = base.resolve("configuration");
    Files.createDirectories(config);
    try (Stream<Path> files = Files.list(provisioned.resolve("configuration"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path deployments = base.resolve("deployments");
    Files.createDirectories(deployments);
    for (String marker : List.of(".failed", ".deployed", ".undeployed", ".isdeploying")) {
      Files.deleteIfExists(deployments.resolve(EAR + marker));
    }
    Files.copy(ear(), deployments.resolve(EAR), StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  /** Polls until the check passes; false on timeout; a StartupProblem if the server died. */
  private boolean waitFor(Check check, ServerProcess server, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (check.ok()) {
          return true;
        }
      } catch (Exception notYet) {
        // not up yet
      }
      if (server != null && !server.isAlive()) {
        throw new StartupProblem(
            server.name()
                + " stopped while starting. The end of its log ("
                + server.log()
                + "):\n"
                + server.logTail(25));
      }
      sleep(500);
    }
    return false;
  }

  private int status(String url) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void writePid(String name, long pid) throws IOException {
    Path file = runDir.resolve("run/" + name + ".pid");
    Files.writeString(file, Long.toString(pid));
    pidFiles.add(file);
  }

  /** Refuses to start a second platform over the folder of one that is running. */
  private void checkNotRunning() throws IOException {
    Path pidFile = runDir.resolve("run/launcher.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        throw new StartupProblem(
            "KAM Comp is already running (process " + pid + "). Stop it with ./kam stop first.");
      }
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupProblem("Interrupted while starting");
    }
  }

  /** Stops the servers this platform started, WildFly first. */
  @Override
  public synchronized void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      ServerProcess p = started.get(i);
      if (p.isAlive()) {
        out.accept("Stopping " + p.name() + " ...");
        p.stop(Duration.ofSeconds(20));
      }
    }
    started.clear();
    for (Path pidFile : pidFiles) {
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // a stale pid file is harmless: stop and start check the process
      }
    }
    pidFiles.clear();
  }

  /**
   * Stops a platform started by another process (the run command) from its pid files: the launcher
   * first, whose shutdown stops its servers, then any server left behind.
   */
  public static boolean stopRunning(Path runDir, Consumer<String> out) throws IOException {
    boolean any = false;
    for (String name : List.of("launcher", "wildfly", "keycloak")) {
      Path pidFile = runDir.resolve("run/" + name + ".pid");
      if (!Files.exists(pidFile)) {
        continue;
      }
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      var handle = ProcessHandle.of(pid);
      if (handle.isPresent() && handle.get().isAlive()) {
        out.accept("Stopping " + name + " (pid " + pid + ") ...");
        ServerProcess.stopTree(handle.get(), Duration.ofSeconds(30));
        any = true;
      }
      Files.deleteIfExists(pidFile);
    }
    return any;
  }
}
