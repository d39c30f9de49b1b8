package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.SurveyAnswering;
import de.planungsportal.survey.SurveyOutbox;
import de.planungsportal.survey.Ticket;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting without a storage link: the transaction that spends a code puts the response into the
 * outbox, which names neither code nor class nor time, and the response reaches survey_response
 * only when the mover moves it, in a transaction of its own, under a new id. Two submissions of one
 * code at the same moment store one response.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyOutboxIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SurveyOutboxIT.class);
  }

  @Inject SurveyAnswering answering;
  @Inject SurveyOutbox outbox;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  @Resource ManagedExecutorService executor;

  @AfterEach
  void resumeTheMover() {
    outbox.pause(false);
  }

  @Test
  void theAcknowledgedResponseWaitsInTheOutboxUntilTheMoverMovesIt() throws Exception {
    outbox.pause(true);
    Fixture wave = wave(1);
    Ticket ticket = answering.open(wave.codes().get(0), "10.16.0.1");

    answering.submit(ticket, "de", Map.of("feel", "4"));

    assertThat(count("SELECT COUNT(*) FROM access_code WHERE wave_id = ?1 AND used", wave.id()))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1", wave.id()))
        .as("nothing in survey_response shares the spending transaction")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?1", wave.id()))
        .isEqualTo(1);
    String outboxId =
        (String)
            em.createNativeQuery("SELECT id FROM survey_outbox WHERE wave_id = ?1")
                .setParameter(1, wave.id())
                .getSingleResult();

    assertThat(outbox.moveAll()).isGreaterThanOrEqualTo(1);

    assertThat(count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?1", wave.id())).isZero();
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1", wave.id()))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE id = ?1", outboxId))
        .as("the response gets an id of its own")
        .isZero();
    assertThat(
            em.createNativeQuery(
                    "SELECT a.answer_value FROM survey_answer a JOIN survey_response r"
                        + " ON r.id = a.response_id WHERE r.wave_id = ?1 AND a.question_key = 'feel'")
                .setParameter(1, wave.id())
                .getResultList())
        .containsExactly("4");
  }

  @Test
  void twoSubmissionsOfOneCodeAtOnceStoreOneResponse() throws Exception {
    outbox.pause(true);
    Fixture wave = wave(1);
    Ticket ticket = answering.open(wave.codes().get(0), "10.16.0.2");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Throwable>> attempts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attempts.add(
          executor.submit(
              () -> {
                start.await();
                return catchThrowable(() -> answering.submit(ticket, "de", Map.of("feel", "2")));
              }));
    }
    start.countDown();
    List<Throwable> outcomes = new ArrayList<>();
    for (Future<Throwable> attempt : attempts) {
      outcomes.add(attempt.get());
    }

    assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
    assertThat(outcomes)
        .filteredOn(t -> t != null)
        .singleElement()
        .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(InvalidInputException.class));
    assertThat(count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?1", wave.id()))
        .isEqualTo(1);
    outbox.moveAll();
    assertThat(count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1", wave.id()))
        .isEqualTo(1);
  }

  private static Throwable rootOf(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  record Fixture(long id, List<String> codes) {}

  /** A wave in the field with one optional rating question and fresh codes, written directly. */
  private Fixture wave(int codes) throws Exception {
    tx.begin();
    long organisation =
        insert(
            "INSERT INTO organisation (code, name, kind) VALUES (?1, ?2, 'DISTRICT')",
            "o-" + UUID.randomUUID().toString().substring(0, 8),
            "Outboxkreis");
    long school =
        insert(
            "INSERT INTO school (organisation_id, code, name, school_type)"
                + " VALUES (?1, 'gs', 'Grundschule', 'GRUNDSCHULE')",
            organisation);
    long questionnaire =
        insert(
            "INSERT INTO questionnaire (organisation_id, title) VALUES (?1, 'Wohlfühlen')",
            organisation);
    long version =
        insert(
            "INSERT INTO questionnaire_version (questionnaire_id, number, state)"
                + " VALUES (?1, 1, 'FROZEN')",
            questionnaire);
    long section =
        insert(
            "INSERT INTO q_section (version_id, position, section_key) VALUES (?1, 1, 'main')",
            version);
    insert(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind)"
            + " VALUES (?1, ?2, 1, 'feel', 'RATING')",
        version,
        section);
    long wave =
        insert(
            "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
                + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
                + " VALUES (?1, 'Wohlfühlbefragung', 'alle', 'Zweck', 'Rechtsgrundlage',"
                + " 'Kontakt', CURRENT_DATE - INTERVAL 1 DAY, CURRENT_DATE + INTERVAL 9 DAY, ?2,"
                + " 'IN_FIELD')",
            organisation,
            version);
    long waveClass =
        insert(
            "INSERT INTO wave_class (wave_id, school_id, class_label, grade, pupils)"
                + " VALUES (?1, ?2, '7b', 7, 30)",
            wave,
            school);
    String key =
        (String)
            em.createNativeQuery(
                    "SELECT key_value FROM installation_key WHERE name = 'survey-code'")
                .getSingleResult();
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < codes; i++) {
      String code = randomCode();
      insert(
          "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash,"
              + " wave_class_id) VALUES (?1, ?2, '7b', '7-8', ?3, ?4)",
          wave,
          school,
          AccessCodes.hash(key, code),
          waveClass);
      plain.add(code);
    }
    tx.commit();
    return new Fixture(wave, plain);
  }

  /** TestSurveys is not in the deployment: a code of the portal's alphabet, made here. */
  private static String randomCode() {
    String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
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
