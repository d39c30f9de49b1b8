package de.planungsportal.db;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database to the schema this build expects; the only code that changes the schema. */
public final class DatabaseMigrator {

  static final String SCHEMA = "classpath:db/migration";
  static final String JAVA_MIGRATIONS = "classpath:de/planungsportal/db/migration";
  static final String DEMO_DATA = "classpath:db/demo";

  private DatabaseMigrator() {}

  /**
   * @param withDemoData also apply the idempotent demo data set (repeatable migrations); never in
   *     production
   */
  public static MigrateResult migrate(DataSource dataSource, boolean withDemoData) {
    List<String> locations = new ArrayList<>(List.of(SCHEMA, JAVA_MIGRATIONS));
    if (withDemoData) {
      locations.add(DEMO_DATA);
    }
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        // A database once started with demo data may later run without it.
        .ignoreMigrationPatterns("*:future", "repeatable:missing")
        .load()
        .migrate();
  }
}
