package de.planungsportal.it;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * In-container test data for the field phase of survey-wave: a district of its own with two
 * schools, a planner, a contact for each school (all with mail addresses), a frozen questionnaire
 * version and a wave in review for grades 7–8 whose parents consent on slips, with three classes:
 * 7a (3 pupils) and 8b (2) at the first school, 7c (4) at the second; margin 2. Written in native
 * SQL as the waves feature stores it. Add it to the deployment with {@link
 * Deployments#applicationWith}.
 */
@ApplicationScoped
public class SurveyFieldFixture {

  /** The wave and who is who around it. */
  public record Wave(
      long id,
      long organisationId,
      String organisationCode,
      long schoolA,
      long schoolB,
      long plannerAccountId,
      long class7a,
      long class8b,
      long class7c,
      Actor planner,
      Actor contactA,
      Actor contactB) {

    List<Long> classes() {
      return List.of(class7a, class8b, class7c);
    }
  }

  @PersistenceContext private EntityManager em;

  @Transactional
  public Wave create(LocalDate fieldStart, LocalDate fieldEnd) {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    update(
        "INSERT INTO organisation (code, name, kind) VALUES (?1, ?2, 'DISTRICT')",
        code,
        "Testkreis " + code);
    long organisation = id("SELECT id FROM organisation WHERE code = ?1", code);
    update(
        "INSERT INTO school (organisation_id, code, name, school_type) VALUES"
            + " (?1, 'rs-nord', 'Realschule Nord', 'REALSCHULE_PLUS'),"
            + " (?1, 'igs-sued', 'Gesamtschule Süd', 'GESAMTSCHULE')",
        organisation);
    long schoolA =
        id("SELECT id FROM school WHERE organisation_id = ?1 AND code = 'rs-nord'", organisation);
    long schoolB =
        id("SELECT id FROM school WHERE organisation_id = ?1 AND code = 'igs-sued'", organisation);
    long planner = account(organisation, code + "-planer", "planner", null);
    long contactA = account(organisation, code + "-rs", "school-contact", schoolA);
    long contactB = account(organisation, code + "-igs", "school-contact", schoolB);

    update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?1, 'Jugendbefragung Test')",
        organisation);
    long questionnaire =
        id("SELECT id FROM questionnaire WHERE organisation_id = ?1", organisation);
    update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state) VALUES (?1, 1,"
            + " 'FROZEN')",
        questionnaire);
    long version =
        id("SELECT id FROM questionnaire_version WHERE questionnaire_id = ?1", questionnaire);
    update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state,"
            + " target_kind, grade_from, grade_to, consent_mode, code_margin,"
            + " reminder_below_percent, revision) VALUES (?1, ?2, 'Klassen 7 und 8',"
            + " 'Wie Jugendliche ihre Schule erleben', 'Art. 6 Abs. 1 lit. e DSGVO',"
            + " 'datenschutz@test.example', ?3, ?4, ?5, 'IN_REVIEW', 'PUPILS', 7, 8,"
            + " 'PARENTS_SLIP', 2, 50, 1)",
        organisation,
        "Jugendbefragung " + code,
        Date.valueOf(fieldStart),
        Date.valueOf(fieldEnd),
        version);
    long wave = id("SELECT id FROM survey_wave WHERE organisation_id = ?1", organisation);
    update(
        "INSERT INTO wave_class (wave_id, school_id, class_label, grade, pupils) VALUES"
            + " (?1, ?2, '7a', 7, 3), (?1, ?2, '8b', 8, 2), (?1, ?3, '7c', 7, 4)",
        wave,
        schoolA,
        schoolB);
    return new Wave(
        wave,
        organisation,
        code,
        schoolA,
        schoolB,
        planner,
        classId(wave, "7a"),
        classId(wave, "8b"),
        classId(wave, "7c"),
        actor(organisation, code, code + "-planer", Role.PLANNER, null),
        actor(organisation, code, code + "-rs", Role.SCHOOL_CONTACT, schoolA),
        actor(organisation, code, code + "-igs", Role.SCHOOL_CONTACT, schoolB));
  }

  /** A decision of a reviewer on the wave's revision, as the review task records it. */
  @Transactional
  public void decide(Wave wave, String role, int revision, boolean approved, String reasons) {
    update(
        "INSERT INTO wave_approval (wave_id, role, revision, approved, reasons, account_id)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        wave.id(),
        role,
        revision,
        approved,
        reasons,
        wave.plannerAccountId());
  }

  @Transactional
  public void deleteDecisions(Wave wave, String role, boolean approved) {
    update(
        "DELETE FROM wave_approval WHERE wave_id = ?1 AND role = ?2 AND approved = ?3",
        wave.id(),
        role,
        approved);
  }

  /** Spends {@code count} codes of the class, as submitted questionnaires do. */
  @Transactional
  public void spend(long classId, int count) {
    update(
        "UPDATE access_code SET used = TRUE WHERE wave_class_id = ?1 AND NOT used LIMIT " + count,
        classId);
  }

  /** A questionnaire answered in part under one of the class's codes. */
  @Transactional
  public void draft(Wave wave, long classId) {
    update(
        "INSERT INTO survey_draft (code_hash, wave_id, page, language, variant, answers)"
            + " SELECT code_hash, wave_id, 1, 'de', 'STANDARD', 'school-feel=4' FROM access_code"
            + " WHERE wave_class_id = ?1 AND NOT used ORDER BY id LIMIT 1",
        classId);
  }

  @Transactional
  public long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> texts(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  /** A contact of a school of another organisation, for refusals. */
  public static Actor stranger(long schoolId) {
    return new Actor(
        0,
        "fremd",
        "fremd",
        -1,
        "fremd",
        "Fremder Kreis",
        List.of(new Actor.Grant(Role.SCHOOL_CONTACT, null, null, schoolId)));
  }

  private long account(long organisation, String username, String role, Long school) {
    update(
        "INSERT INTO account (organisation_id, username, display_name, email) VALUES (?1, ?2,"
            + " ?3, ?4)",
        organisation,
        username,
        "Test " + username,
        username + "@test.example");
    long account = id("SELECT id FROM account WHERE username = ?1", username);
    if (school == null) {
      update("INSERT INTO role_grant (account_id, role) VALUES (?1, ?2)", account, role);
    } else {
      update(
          "INSERT INTO role_grant (account_id, role, school_id) VALUES (?1, ?2, ?3)",
          account,
          role,
          school);
    }
    return account;
  }

  private long classId(long wave, String label) {
    return id("SELECT id FROM wave_class WHERE wave_id = ?1 AND class_label = ?2", wave, label);
  }

  private static Actor actor(
      long organisation, String code, String username, Role role, Long school) {
    return new Actor(
        0,
        username,
        username,
        organisation,
        code,
        "Testkreis " + code,
        List.of(new Actor.Grant(role, null, null, school)));
  }

  private int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  private long id(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
