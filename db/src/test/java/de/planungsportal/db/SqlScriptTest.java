package de.planungsportal.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void semicolonsInCommentLinesDoNotSplitStatements() {
    String script =
        """
        --
        -- Version 2.0; you may not use this file except in compliance
        --
        create table A (ID_ varchar(64),
            primary key (ID_));

        insert into A values ('x');
        """;

    assertThat(SqlScript.statements(script))
        .containsExactly(
            "create table A (ID_ varchar(64),\n    primary key (ID_))",
            "insert into A values ('x')");
  }

  @Test
  void camundaScriptsForMariaDbAreOnTheClassPathAndSplitIntoStatements() {
    ClassLoader loader = getClass().getClassLoader();
    for (String part : de.planungsportal.db.migration.V1__CamundaSchema.SCRIPTS) {
      String resource = "org/camunda/bpm/engine/db/create/activiti.mysql.create." + part + ".sql";
      assertThat(SqlScript.statements(SqlScript.read(loader, resource)))
          .as(resource)
          .isNotEmpty()
          .allSatisfy(sql -> assertThat(sql).doesNotStartWith("--").doesNotContain(";"));
    }
  }
}
