package de.planungsportal.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ApplySeats of the CommitteeSeats process: the seats as of the day it runs. */
@Named("applySeatsDelegate")
@ApplicationScoped
public class ApplySeatsDelegate implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(ApplySeatsDelegate.class.getName());

  @Inject private CommitteeAdminService committees;

  @Override
  public void execute(DelegateExecution execution) {
    CommitteeAdminService.SeatSweep sweep = committees.applySeats(LocalDate.now());
    LOG.info(() -> "Committee seats applied: " + sweep);
  }
}
