package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.privacy.RetentionService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Raw survey responses are deleted with their answers once their wave's field phase ended longer
 * ago than the retention period (730 days by default); younger ones stay.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyRetentionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SurveyRetentionIT.class);
  }

  @Inject RetentionService retention;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  @Test
  void deletesResponsesAndAnswersOfWavesPastRetentionOnly() throws Exception {
    tx.begin();
    long organisation =
        insert(
            "INSERT INTO organisation (code, name, kind) VALUES (?1, ?2, 'DISTRICT')",
            "r-" + UUID.randomUUID().toString().substring(0, 8),
            "Retentionskreis");
    long school =
        insert(
            "INSERT INTO school (organisation_id, code, name, school_type)"
                + " VALUES (?1, 'gs', 'Grundschule', 'GRUNDSCHULE')",
            organisation);
    long old = wave(organisation, LocalDate.now().minusDays(731));
    long kept = wave(organisation, LocalDate.now().minusDays(729));
    String oldResponse = response(old, school);
    String keptResponse = response(kept, school);
    tx.commit();

    RetentionService.Result result = retention.apply();

    assertThat(result.surveyResponsesDeleted()).isGreaterThanOrEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE id = ?1", oldResponse)).isZero();
    assertThat(count("SELECT COUNT(*) FROM survey_answer WHERE response_id = ?1", oldResponse))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE id = ?1", keptResponse))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_answer WHERE response_id = ?1", keptResponse))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_wave WHERE id = ?1", old))
        .as("the wave itself stays")
        .isEqualTo(1);
    assertThat(count("SELECT respondents FROM wave_result WHERE wave_id = ?1", old))
        .as("its results were computed before its responses went")
        .isEqualTo(1);
  }

  @Test
  void deletesDraftsOfWavesPastTheirFieldEndOnly() throws Exception {
    tx.begin();
    long organisation =
        insert(
            "INSERT INTO organisation (code, name, kind) VALUES (?1, ?2, 'DISTRICT')",
            "d-" + UUID.randomUUID().toString().substring(0, 8),
            "Entwurfskreis");
    long ended = wave(organisation, LocalDate.now().minusDays(1));
    long running = wave(organisation, LocalDate.now());
    String endedDraft = draft(ended);
    String runningDraft = draft(running);
    tx.commit();

    RetentionService.Result result = retention.apply();

    assertThat(result.surveyDraftsDeleted()).isGreaterThanOrEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_draft WHERE code_hash = ?1", endedDraft))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM survey_draft WHERE code_hash = ?1", runningDraft))
        .as("the field ends today: still resumable")
        .isEqualTo(1);
  }

  private String draft(long wave) {
    String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    em.createNativeQuery(
            "INSERT INTO survey_draft (code_hash, wave_id, page, language, variant, answers)"
                + " VALUES (?1, ?2, 1, 'de', 'STANDARD', 'q=3')")
        .setParameter(1, hash)
        .setParameter(2, wave)
        .executeUpdate();
    return hash;
  }

  private long wave(long organisation, LocalDate fieldEnd) {
    return insert(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, code_salt, questionnaire_version_id)"
            + " VALUES (?1, 'Alte Welle', 'alle', 'Zweck', 'Rechtsgrundlage', 'Kontakt', ?2, ?3,"
            + " '00000000000000000000000000000000', ?4)",
        organisation,
        fieldEnd.minusDays(14),
        fieldEnd,
        version(organisation));
  }

  /** Every wave names a questionnaire version. */
  private long version(long organisation) {
    long questionnaire =
        insert(
            "INSERT INTO questionnaire (organisation_id, title) VALUES (?1, ?2)",
            organisation,
            "Fragebogen " + UUID.randomUUID());
    return insert(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state)"
            + " VALUES (?1, 1, 'FROZEN')",
        questionnaire);
  }

  private String response(long wave, long school) {
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO survey_response (id, wave_id, school_id, grade_band, language,"
                + " submitted_on) VALUES (?1, ?2, ?3, '3-4', 'de', CURRENT_DATE)")
        .setParameter(1, id)
        .setParameter(2, wave)
        .setParameter(3, school)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO survey_answer (response_id, question_key, answer_value)"
                + " VALUES (?1, 'q', '3')")
        .setParameter(1, id)
        .executeUpdate();
    return id;
  }

  private long insert(String sql, Object... parameters) {
    var insert = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      insert.setParameter(i + 1, parameters[i]);
    }
    insert.executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
