package de.planungsportal.db.migration;

import de.planungsportal.db.SqlScript;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the Camunda 7 schema from the scripts inside the engine jar, so the schema always matches
 * the engine that ships in the same EAR and Flyway is the only tool that changes the database. An
 * engine upgrade adds a migration running Camunda's matching upgrade script.
 */
public class V1__CamundaSchema extends BaseJavaMigration {

  public static final List<String> SCRIPTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public void migrate(Context context) throws Exception {
    ClassLoader loader = V1__CamundaSchema.class.getClassLoader();
    try (Statement statement = context.getConnection().createStatement()) {
      for (String part : SCRIPTS) {
        String resource = "org/camunda/bpm/engine/db/create/activiti.mysql.create." + part + ".sql";
        for (String sql : SqlScript.statements(SqlScript.read(loader, resource))) {
          statement.execute(sql);
        }
      }
    }
  }
}
