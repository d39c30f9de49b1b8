package de.planungsportal.datarequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the model's timers do for one school: remind its contacts before the due date and, once it
 * has passed, mark the school overdue and tell the planners. Each happens once per request and
 * school (a returned answer re-enters the task with fresh timers that may already be due), and only
 * while the school still has to answer.
 */
@ApplicationScoped
@Transactional
public class DataRequestDeadlines {

  @PersistenceContext private EntityManager em;
  @Inject private DataRequestMail mail;

  public void remind(long requestId, long schoolId) {
    recipient(requestId, schoolId)
        .filter(Recipient::isAnswerable)
        .filter(r -> r.remind(LocalDate.now()))
        .ifPresent(r -> mail.remind(r.getRequest(), r));
  }

  public void escalate(long requestId, long schoolId) {
    recipient(requestId, schoolId)
        .filter(Recipient::isAnswerable)
        .filter(r -> r.overdue(LocalDate.now()))
        .ifPresent(r -> mail.overdue(r.getRequest(), r));
  }

  private Optional<Recipient> recipient(long requestId, long schoolId) {
    return em.createQuery(
            "select r from Recipient r where r.request.id = :request and r.school.id = :school",
            Recipient.class)
        .setParameter("request", requestId)
        .setParameter("school", schoolId)
        .getResultStream()
        .findFirst();
  }
}
