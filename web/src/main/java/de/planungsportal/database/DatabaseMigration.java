package de.planungsportal.database;

import de.planungsportal.db.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First step of the start-up: brings the schema (the portal's and Camunda's) to the version of this
 * build with Flyway, and loads the demo data where they are switched on. Whatever needs the
 * database at start-up depends on this bean ({@code @DependsOn("DatabaseMigration")}), so the order
 * is stated where it matters. Runs outside a transaction: Flyway manages its own connections.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:jboss/datasources/PlanungsportalDS";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @PostConstruct
  void migrate() {
    var migration = DatabaseMigrator.migrate(dataSource, demoData);
    LOG.info(
        () ->
            "Database migrated: "
                + migration.migrationsExecuted
                + " migrations applied, demo data "
                + (demoData ? "on" : "off"));
  }
}
