package de.planungsportal.survey;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link SurveyOutbox#tick} every five seconds on every node (rows a node has locked are
 * skipped by the others). Not persistent: the timer comes back with the application, and the
 * outbox, a table, keeps what waits. Its timer starts only after the migration (an earlier tick on
 * a new or not yet migrated database failed with a stack trace logged by EclipseLink).
 */
@Singleton
@DependsOn("DatabaseMigration")
public class OutboxMover {

  private static final Logger LOG = Logger.getLogger(OutboxMover.class.getName());

  @Inject private SurveyOutbox outbox;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void move() {
    try {
      int moved = outbox.tick();
      if (moved > 0) {
        LOG.fine(() -> "Moved " + moved + " survey responses out of the outbox");
      }
    } catch (RuntimeException e) {
      // also before the migration has created the outbox, right after a start: one line, no trace
      LOG.warning(() -> "Moving survey responses failed; the next run retries: " + e.getMessage());
      LOG.log(Level.FINE, "Moving survey responses failed", e);
    }
  }
}
