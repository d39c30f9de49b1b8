package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.common.Translatable;
import de.planungsportal.mail.MailService;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The planning cycle's mails: who gets them (accounts of the organisation by role and department)
 * and what they say (texts in the message bundle, in German: they go out from a timer, without a
 * reader's locale).
 */
@ApplicationScoped
class CycleMail {

  static final Locale LOCALE = Locale.GERMAN;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @PersistenceContext private EntityManager em;
  @Inject private MailService mail;

  /** Reminds each department's contributors of their open contribution. */
  void remind(PlanningCycle cycle, List<Department> open) {
    for (Department department : open) {
      send(
          addresses(cycle, Role.DEPARTMENT_CONTRIBUTOR, department.getId()),
          "planning.mail.reminder",
          cycle.getYear(),
          department.getName(),
          cycle.getContributionDue().format(DATE),
          cycle.getTitle());
    }
  }

  /** Tells the planners which departments missed the due date. */
  void escalate(PlanningCycle cycle, List<Department> missing) {
    send(
        addresses(cycle, Role.PLANNER, null),
        "planning.mail.escalation",
        cycle.getYear(),
        missing.stream().map(Department::getName).collect(Collectors.joining(", ")),
        cycle.getContributionDue().format(DATE),
        cycle.getTitle());
  }

  /** Lists the overdue measures to the planners. */
  void overdue(PlanningCycle cycle, List<Measure> measures) {
    String lines =
        measures.stream()
            .map(
                m ->
                    "- "
                        + m.getTitle()
                        + " ("
                        + m.getOwnerDepartment().getName()
                        + ", "
                        + m.getDueDate().format(DATE)
                        + ")")
            .collect(Collectors.joining("\n"));
    send(
        addresses(cycle, Role.PLANNER, null),
        "planning.mail.overdue",
        cycle.getYear(),
        measures.size(),
        lines,
        cycle.getTitle());
  }

  /** E-mail addresses of the enabled accounts holding the role (for this department, if given). */
  List<String> addresses(PlanningCycle cycle, Role role, Long departmentId) {
    return em.createQuery(
            "select distinct a.email from Account a join a.grants g"
                + " where a.organisation.id = :org and a.enabled = true and a.email is not null"
                + " and g.role = :role and (:department is null or g.departmentId = :department)",
            String.class)
        .setParameter("org", cycle.getOrganisation().getId())
        .setParameter("role", role)
        .setParameter("department", departmentId)
        .getResultList();
  }

  private void send(List<String> recipients, String key, Object... arguments) {
    if (recipients.isEmpty()) {
      return;
    }
    ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", LOCALE);
    mail.send(
        recipients,
        Translatable.format(bundle, LOCALE, key + ".subject", arguments),
        Translatable.format(bundle, LOCALE, key + ".body", arguments));
  }
}
