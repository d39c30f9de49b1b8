package de.planungsportal.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs job acquisition and jobs on a container-managed executor, so job threads have the
 * application's class loader and naming context and the server controls their lifecycle.
 */
class ManagedJobExecutor extends JobExecutor {

  private final ManagedExecutorService executor;

  ManagedJobExecutor(ManagedExecutorService executor) {
    this.executor = executor;
  }

  @Override
  protected void startExecutingJobs() {
    executor.execute(acquireJobsRunnable);
  }

  @Override
  protected void stopExecutingJobs() {
    // the acquisition loop ends on its own once the executor is shut down (isActive = false)
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
