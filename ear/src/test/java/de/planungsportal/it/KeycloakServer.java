package de.planungsportal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak from the distribution the build unpacked (dev mode, a fresh H2 file store each
 * time, HTTP on 127.0.0.1 only) with the test realm imported at start. Register it before
 * Arquillian: it starts in the background while WildFly boots, each test waits until the realm
 * answers, and it is stopped after the class, whether the tests passed or not (and by a shutdown
 * hook if the test JVM ends early).
 */
public final class KeycloakServer
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  public static final String REALM = "planungsportal";

  /** Password of every user of the test realm (Keycloak's own, not a portal password). */
  public static final String USER_PASSWORD = "Keycloak-Test-2026";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

  private Process process;
  private Thread shutdownHook;
  private boolean ready;

  /** Where the browser finds the realm, e.g. http://127.0.0.1:40123/realms/planungsportal. */
  public static String realmUrl() {
    return "http://127.0.0.1:" + required("keycloak.port") + "/realms/" + REALM;
  }

  /** The portal as Keycloak's client registration knows it (the OIDC server's HTTP port). */
  public static String portalUrl() {
    return "http://127.0.0.1:" + (8080 + Integer.parseInt(required("it.oidc.port-offset")));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path home = Path.of(required("keycloak.home"));
    Path data = home.resolve("data");
    deleteRecursively(data);
    Path realm = data.resolve("import").resolve(REALM + "-realm.json");
    Files.createDirectories(realm.getParent());
    Files.writeString(realm, realmJson(), StandardCharsets.UTF_8);

    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "bash",
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + required("keycloak.port"),
                    "--import-realm"))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Path.of(required("keycloak.log")).toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    process = builder.start();
    shutdownHook = new Thread(this::stop, "stop-keycloak");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    if (!ready) {
      awaitRealm();
      ready = true;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
    if (shutdownHook != null) {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
      shutdownHook = null;
    }
  }

  private void awaitRealm() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak ended with exit code "
                + process.exitValue()
                + "; see "
                + required("keycloak.log"));
      }
      try {
        if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Keycloak did not serve realm "
            + REALM
            + " within "
            + STARTUP_TIMEOUT
            + "; see "
            + required("keycloak.log"));
  }

  /** kc.sh runs Keycloak as its child (or replaces itself after a re-build): end both. */
  private synchronized void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        handle.destroyForcibly();
      }
    }
    process = null;
  }

  private static String realmJson() throws IOException {
    try (InputStream in =
        KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource keycloak/" + REALM + "-realm.json missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("@PORTAL_URL@", portalUrl())
          .replace("@CLIENT_SECRET@", required("it.oidc.client-secret"))
          .replace("@USER_PASSWORD@", USER_PASSWORD);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(KeycloakServer::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set (run through Maven: ./mvnw verify)");
    }
    return value;
  }
}
