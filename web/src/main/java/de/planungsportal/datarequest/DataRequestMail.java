package de.planungsportal.datarequest;

import de.planungsportal.common.PublicUrl;
import de.planungsportal.mail.MailService;
import de.planungsportal.mail.MailText;
import de.planungsportal.mail.Recipients;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The mails of a data request: to an institution's (school's or day-care centre's) contacts when it
 * is asked, reminded or its answer is returned; to the planners when one is overdue. Each points at
 * the page where the work is.
 */
@ApplicationScoped
class DataRequestMail {

  static final String MY_REQUESTS = "/datarequest/mine.xhtml";
  static final String REQUEST = "/datarequest/request.xhtml?request=";

  @Inject private MailService mail;
  @Inject private Recipients recipients;
  @Inject private PublicUrl publicUrl;
  @PersistenceContext private EntityManager em;

  void sent(DataRequest request) {
    for (Recipient recipient : request.recipients()) {
      mail.send(
          contactsOf(request, recipient),
          MailText.of(
              "dataRequestSent",
              request.getTitle(),
              recipient.getSchool().getName(),
              request.getDueOn(),
              link(MY_REQUESTS)));
    }
  }

  void remind(DataRequest request, Recipient recipient) {
    mail.send(
        contactsOf(request, recipient),
        MailText.of(
            "dataRequestReminder",
            request.getTitle(),
            recipient.getSchool().getName(),
            request.getDueOn(),
            link(MY_REQUESTS)));
  }

  void returned(DataRequest request, Recipient recipient) {
    mail.send(
        contactsOf(request, recipient),
        MailText.of(
            "dataRequestReturned",
            request.getTitle(),
            recipient.getSchool().getName(),
            recipient.getReturnReason(),
            link(MY_REQUESTS)));
  }

  void overdue(DataRequest request, Recipient recipient) {
    mail.send(
        recipients.addressesOf(request.getOrganisation(), Role.PLANNER, null),
        MailText.of(
            "dataRequestOverdueInstitution",
            request.getTitle(),
            recipient.getSchool().getName(),
            request.getDueOn(),
            link(REQUEST + request.getId())));
  }

  /** Enabled accounts of the organisation whose school-contact grant names the school. */
  private List<String> contactsOf(DataRequest request, Recipient recipient) {
    return em
        .createNativeQuery(
            "SELECT DISTINCT a.email FROM account a JOIN role_grant g ON g.account_id = a.id"
                + " WHERE a.organisation_id = ?1 AND a.enabled AND g.role = ?2"
                + " AND g.school_id = ?3 AND a.email IS NOT NULL AND a.email <> ''"
                + " ORDER BY a.email")
        .setParameter(1, request.getOrganisation().getId())
        .setParameter(2, Role.SCHOOL_CONTACT.roleName())
        .setParameter(3, recipient.getSchool().getId())
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private String link(String path) {
    return publicUrl.base().map(base -> base + path).orElse(path);
  }
}
