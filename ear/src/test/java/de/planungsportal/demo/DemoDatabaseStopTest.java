package de.planungsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo's database part as a user meets it: the launcher in a JVM of its own, a row written,
 * SIGTERM to that JVM (what a service manager or {@code kill} does; Ctrl-C and SIGHUP take the same
 * shutdown hook), then a second start that still finds the row. The whole demo with WildFly is
 * proven by {@code ear/src/test/demo-stop-test.sh}.
 */
class DemoDatabaseStopTest {

  private static final Path DIR =
      Path.of(System.getProperty("basedir", "."), "target", "demo-db-test").toAbsolutePath();
  private static final Path TMP = DIR.resolveSibling("demo-db-test-tmp");

  @Test
  void aRowSurvivesSigtermAndNothingIsLeftRunning() throws Exception {
    // binaries kept from an earlier run, data from scratch
    deleteTree(DIR.resolve("data"));
    int port = freePort();
    String marker = UUID.randomUUID().toString();

    Process first = startLauncher(port, "first");
    try (Connection c = connect(port, first);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE stop_probe (marker VARCHAR(64) NOT NULL)");
      s.execute("INSERT INTO stop_probe VALUES ('" + marker + "')");
    }
    sigtermAndAwaitEverythingGone(first, port);

    Process second = startLauncher(port, "second");
    try (Connection c = connect(port, second);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT marker FROM stop_probe")) {
      assertThat(rs.next()).as("the row written before SIGTERM").isTrue();
      assertThat(rs.getString(1)).isEqualTo(marker);
    }
    sigtermAndAwaitEverythingGone(second, port);
  }

  @Test
  void refusesADataDirectoryMariaDb4jWouldDelete() {
    Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "planungsportal-demo-db");
    assertThatThrownBy(() -> PersistentMariaDb.start(underTmp, freePort(), "planungsportal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.io.tmpdir");
    assertThat(underTmp).doesNotExist();
  }

  private static Process startLauncher(int port, String name) throws IOException {
    Files.createDirectories(DIR);
    Files.createDirectories(TMP);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Ddemo.server=false",
                // a temp folder of its own, so the test runs in a checkout below /tmp too (the
                // launcher refuses a data directory below its JVM's temp folder)
                "-Djava.io.tmpdir=" + TMP,
                "-Ddemo.db.dir=" + DIR,
                "-Ddemo.db.port=" + port,
                DemoLauncher.class.getName()))
        .redirectErrorStream(true)
        .redirectOutput(DIR.resolve("launcher-" + name + ".log").toFile())
        .start();
  }

  private static Connection connect(int port, Process launcher) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      assertThat(launcher.isAlive()).as("launcher still running, see " + DIR).isTrue();
      try {
        return DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + port + "/planungsportal", "planungsportal", "embedded");
      } catch (SQLException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(250);
      }
    }
  }

  private static void sigtermAndAwaitEverythingGone(Process launcher, int port) throws Exception {
    List<ProcessHandle> children = launcher.descendants().toList();
    assertThat(children).as("the launcher's mariadbd").isNotEmpty();
    launcher.destroy();
    assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher ended").isTrue();
    for (ProcessHandle child : children) {
      assertThat(child.isAlive()).as("left running: " + child.info()).isFalse();
    }
    assertThat(portOpen(port)).as("port " + port + " still open").isFalse();
  }

  private static boolean portOpen(int port) {
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
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
}
