package de.planungsportal.workflow;

import de.planungsportal.database.DatabaseMigration;
import de.planungsportal.processmodels.ProcessModels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the embedded Camunda engine on the container's datasource and transaction manager and
 * deploys the process models, once the database is migrated (Flyway owns the engine's tables too).
 * Runs outside a transaction: the engine's schema check manages its own connections.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineStartup {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/camunda-jobs")
  private ManagedExecutorService jobThreads;

  @Inject private BeanManager beanManager;

  @Inject
  @ConfigProperty(name = "portal.job-executor", defaultValue = "true")
  private boolean jobExecutor;

  private ProcessEngine processEngine;

  @PostConstruct
  void start() {
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
    // The planning cycle keeps small lists (department ids, committee kinds) in variables. They are
    // Java-serialized, and only JDK value and collection types may be read back, so a crafted
    // variable can never instantiate an application class.
    configuration.setJavaSerializationFormatEnabled(true);
    configuration.setDeserializationTypeValidationEnabled(true);
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
