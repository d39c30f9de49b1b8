package de.planungsportal.survey.field;

import de.planungsportal.common.PublicUrl;
import de.planungsportal.mail.MailService;
import de.planungsportal.mail.MailText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The field phase's mails to school contacts (accounts of the wave's organisation holding
 * school-contact for the school; disabled accounts get none): the release with the link to the
 * school's code sheets, and reminders naming the classes with few responses. One mail per school.
 */
@ApplicationScoped
class FieldMail {

  static final String RATES_PAGE = "/survey/rates.xhtml?wave=";

  @PersistenceContext private EntityManager em;
  @Inject private MailService mail;
  @Inject private PublicUrl publicUrl;

  /** Tells each participating school's contacts that their code sheets are ready. */
  int released(FieldWave wave, List<WaveClass> classes) {
    int mailed = 0;
    for (Map.Entry<Long, List<WaveClass>> school : bySchool(classes).entrySet()) {
      List<String> to = contactsOf(wave.organisationId(), school.getKey());
      mail.send(
          to,
          MailText.of(
              "surveyReleased",
              wave.title(),
              school.getValue().get(0).schoolName(),
              labels(school.getValue()),
              wave.fieldStart(),
              wave.fieldEnd(),
              link(wave)));
      mailed += to.size();
    }
    return mailed;
  }

  /** Reminds the contacts of each school of its classes below the wave's rate. */
  int remind(FieldWave wave, List<WaveClass> lowClasses) {
    int mailed = 0;
    for (Map.Entry<Long, List<WaveClass>> school : bySchool(lowClasses).entrySet()) {
      List<String> to = contactsOf(wave.organisationId(), school.getKey());
      mail.send(
          to,
          MailText.of(
              "surveyReminder",
              wave.title(),
              school.getValue().get(0).schoolName(),
              labels(school.getValue()),
              wave.fieldEnd(),
              link(wave)));
      mailed += to.size();
    }
    return mailed;
  }

  @SuppressWarnings("unchecked")
  List<String> contactsOf(long organisationId, long schoolId) {
    return em.createNativeQuery(
            "SELECT DISTINCT a.email FROM role_grant g JOIN account a ON a.id = g.account_id"
                + " WHERE g.role = 'school-contact' AND g.school_id = ?1"
                + " AND a.organisation_id = ?2 AND a.enabled = TRUE"
                + " AND a.email IS NOT NULL AND a.email <> '' ORDER BY a.email")
        .setParameter(1, schoolId)
        .setParameter(2, organisationId)
        .getResultList();
  }

  private String link(FieldWave wave) {
    String page = RATES_PAGE + wave.id();
    return publicUrl.base().map(base -> base + page).orElse(page);
  }

  private static Map<Long, List<WaveClass>> bySchool(List<WaveClass> classes) {
    return classes.stream()
        .collect(
            Collectors.groupingBy(
                WaveClass::schoolId, java.util.TreeMap::new, Collectors.toList()));
  }

  private static String labels(List<WaveClass> classes) {
    return classes.stream().map(WaveClass::classLabel).collect(Collectors.joining(", "));
  }
}
