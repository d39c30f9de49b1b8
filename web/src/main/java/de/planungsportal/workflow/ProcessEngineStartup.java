package de.planungsportal.workflow;

import de.planungsportal.db.DatabaseMigrator;
import de.planungsportal.processmodels.ProcessModels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up sequence of the application: migrate the database, then build the embedded Camunda
 * engine on the container's datasource and transaction manager and deploy the process models. Runs
 * outside a transaction: Flyway and the engine's schema check manage their own connections.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineStartup {

  public static final String DATASOURCE = "java:jboss/datasources/PlanungsportalDS";
  private static final Logger LOG = Logger.getLogger(ProcessEngineStartup.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/camunda-jobs")
  private ManagedExecutorService jobThreads;

  @Inject private BeanManager beanManager;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject
  @ConfigProperty(name = "portal.job-executor", defaultValue = "true")
  private boolean jobExecutor;

  private ProcessEngine processEngine;

  @PostConstruct
  void start() {
    var migration = DatabaseMigrator.migrate(dataSource, demoData);
    LOG.info(
        () ->
            "Database migrated: "
                + migration.migrationsExecuted
                + " migrations applied, demo data "
                + (demoData ? "on" : "off"));

    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName("planungsportal");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    // MariaDB runs on Camunda's MySQL dialect and scripts
    configuration.setDatabaseType("mysql");
    configuration.setDatabaseSchemaUpdate("false");
    configuration.setHistory("full");
    configuration.setExpressionManager(new CdiExpressionManager(beanManager));
    configuration.setTenantIdProvider(new OrganisationTenantIdProvider());
    configuration.setJobExecutor(new ManagedJobExecutor(jobThreads));
    configuration.setJobExecutorActivate(jobExecutor);
    // history of ended instances is removed after each model's historyTimeToLive, at night
    configuration.setHistoryCleanupBatchWindowStartTime("01:00");
    configuration.setHistoryCleanupBatchWindowEndTime("05:00");
    // Tenant checks are done by the application's own queries; Camunda's authorization is off.
    configuration.setAuthorizationEnabled(false);
    processEngine = configuration.buildProcessEngine();

    DeploymentBuilder deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name("planungsportal")
            .source("planungsportal")
            .enableDuplicateFiltering(true);
    ProcessModels.RESOURCES.forEach(deployment::addClasspathResource);
    deployment.deploy();
  }

  @PreDestroy
  void stop() {
    if (processEngine != null) {
      processEngine.close();
    }
  }

  public ProcessEngine processEngine() {
    return processEngine;
  }
}
