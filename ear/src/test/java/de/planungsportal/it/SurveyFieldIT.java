package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.field.ClassRate;
import de.planungsportal.survey.field.CodeSheets;
import de.planungsportal.survey.field.ConsentSlips;
import de.planungsportal.survey.field.FieldPhase;
import de.planungsportal.survey.field.FieldTimes;
import de.planungsportal.survey.field.NotVisibleException;
import de.planungsportal.survey.field.ResponseRates;
import de.planungsportal.survey.field.WaveClass;
import de.planungsportal.survey.field.WaveCodes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The field phase of survey-wave on the embedded engine and MariaDB: a wave of a test district (two
 * schools, three classes, parents' consent on slips) is submitted, approved by both reviewers
 * (recorded in wave_approval as the review tasks do), and its jobs run explicitly: codes and code
 * sheets, the release, the field's timers, reminders and the close.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyFieldIT {

  private static final Pattern PRINTED_CODE =
      Pattern.compile("([A-Z2-9]{4})-([A-Z2-9]{4})-([A-Z2-9]{4})");
  private static final String DPO = "data-protection-officer";
  private static final String AUTHORITY = "school-authority";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(
        SurveyFieldIT.class, SurveyFieldFixture.class, MailSink.class, MailSink.Mail.class);
  }

  @Inject SurveyFieldFixture fixture;
  @Inject ProcessEngine engine;
  @Inject FieldPhase phase;
  @Inject CodeSheets sheets;
  @Inject ResponseRates rates;
  @Inject ConsentSlips slips;
  @Inject WaveCodes codes;

  @Test
  void approvedWaveGetsCodesPerClassStoredAsHashesAndSheetsPrintingExactlyThoseCodes()
      throws IOException {
    SurveyFieldFixture.Wave wave = released();

    assertThat(state(wave)).isEqualTo("RELEASED");
    String key =
        fixture.texts("SELECT key_value FROM installation_key WHERE name = 'survey-code'").get(0);
    Map<Long, Integer> pupils = Map.of(wave.class7a(), 3, wave.class8b(), 2, wave.class7c(), 4);
    Set<String> allPrinted = new HashSet<>();
    for (long classId : wave.classes()) {
      List<String> hashes =
          fixture.texts(
              "SELECT code_hash FROM access_code WHERE wave_class_id = ?1 ORDER BY code_hash",
              classId);
      assertThat(hashes)
          .as("pupils + margin")
          .hasSize(pupils.get(classId) + 2)
          .doesNotHaveDuplicates();
      assertThat(hashes).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
      String pdfText = text(sheets.download(wave.planner(), classId).content());
      Set<String> printed = printedCodes(pdfText);
      assertThat(printed).hasSize(hashes.size());
      assertThat(printed.stream().map(c -> AccessCodes.hash(key, c)).sorted().toList())
          .as("the sheet prints exactly the codes whose hashes are stored")
          .isEqualTo(hashes);
      assertThat(pdfText)
          .as("parents' consent slips")
          .contains("Einverständnis der Erziehungsberechtigten");
      allPrinted.addAll(printed);
    }
    assertThat(allPrinted).as("unique across the wave's classes").hasSize(3 + 2 + 4 + 3 * 2);
    assertThat(
            fixture.texts(
                "SELECT DISTINCT CONCAT(class_label, ' ', grade_band, ' ', school_id) FROM"
                    + " access_code WHERE wave_id = ?1 ORDER BY 1",
                wave.id()))
        .containsExactly(
            "7a 7-8 " + wave.schoolA(), "7c 7-8 " + wave.schoolB(), "8b 7-8 " + wave.schoolA());
    // the plain codes reached neither the engine's variables nor its history
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance(wave).getId())
                .variableName(ProcessVariables.PLAIN_CODES)
                .count())
        .isZero();
    for (String code : allPrinted) {
      assertThat(
              fixture.count(
                  "SELECT (SELECT COUNT(*) FROM ACT_HI_VARINST WHERE BINARY TEXT_ LIKE ?1)"
                      + " + (SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE BINARY TEXT_ LIKE ?1)",
                  "%" + code + "%"))
          .as(code)
          .isZero();
    }
    // a second run makes no second set of codes
    assertThatThrownBy(() -> codes.generate(wave.id())).isInstanceOf(RuntimeException.class);
    assertThat(fixture.count("SELECT COUNT(*) FROM access_code WHERE wave_id = ?1", wave.id()))
        .isEqualTo(15);
    assertThat(audits(wave, "SURVEY_WAVE_RELEASED")).isEqualTo(1);
    MailSink.Mail released = MailSink.awaitMail(address(wave.contactA()), "Codebögen");
    assertThat(released.subject()).contains("Realschule Nord");
    assertThat(released.body())
        .contains("der Klassen 7a, 8b zum", "/survey/rates.xhtml?wave=" + wave.id());
    assertThat(MailSink.awaitMail(address(wave.contactB()), "Codebögen").body())
        .contains("der Klassen 7c zum");
    assertThat(MailSink.mailsOf(address(wave.planner()))).as("school contacts only").isEmpty();
  }

  private static String address(de.planungsportal.tenant.Actor actor) {
    return actor.username() + "@test.example";
  }

  @Test
  void codeSheetGoesToThePlannerAndTheContactOfTheClassesSchoolOnlyAndEachDownloadIsAudited() {
    SurveyFieldFixture.Wave wave = released();

    assertThat(sheets.download(wave.contactA(), wave.class7a()).content()).startsWith('%', 'P');
    assertThat(sheets.download(wave.planner(), wave.class7c()).fileName())
        .isEqualTo("Codebogen-Gesamtschule-Süd-7c.pdf");
    assertThatThrownBy(() -> sheets.download(wave.contactB(), wave.class7a()))
        .as("another school's contact")
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(
            () -> sheets.download(SurveyFieldFixture.stranger(wave.schoolA()), wave.class7a()))
        .as("a contact of another organisation naming the school's id")
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> sheets.download(wave.planner(), 999_999_999L))
        .isInstanceOf(NotVisibleException.class);

    assertThat(
            fixture.texts(
                "SELECT CONCAT(actor, ' ', entity_id) FROM audit_event WHERE organisation_id = ?1"
                    + " AND action = 'SURVEY_CODE_SHEET_DOWNLOADED' ORDER BY id",
                wave.organisationId()))
        .containsExactly(
            wave.contactA().username() + " " + wave.class7a(),
            wave.planner().username() + " " + wave.class7c());
  }

  @Test
  void fieldOpensOnlyWithBothApprovalsOfTheCurrentRevisionInTheDatabase() {
    SurveyFieldFixture.Wave wave = released();
    fixture.decide(wave, AUTHORITY, 1, false, "Zustimmung zurückgezogen");
    Job fieldStart = job(wave, "Timer_FieldStart");
    engine.getManagementService().setJobRetries(fieldStart.getId(), 1);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(fieldStart.getId()))
        .hasStackTraceContaining("field stays closed");

    assertThat(state(wave)).isEqualTo("RELEASED");
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(instance(wave).getId())
                .count())
        .isEqualTo(1);

    fixture.deleteDecisions(wave, AUTHORITY, false);
    engine.getManagementService().setJobRetries(fieldStart.getId(), 1);
    engine.getManagementService().executeJob(fieldStart.getId());

    assertThat(state(wave)).isEqualTo("IN_FIELD");
    assertThat(job(wave, "Timer_FieldEnd").getDuedate())
        .isEqualTo(Date.from(FieldTimes.closes(end(), ZoneId.systemDefault()).toInstant()));
  }

  @Test
  void ratesCountSubmittedQuestionnairesOnlyAndShowEachReaderTheirOwnClasses() {
    SurveyFieldFixture.Wave wave = inField();
    fixture.spend(wave.class7a(), 3); // 3 of 5: 60 %
    fixture.spend(wave.class7c(), 1); // 1 of 6: 16 %
    fixture.draft(wave, wave.class8b()); // begun, not submitted: counts for nothing

    assertThat(rateLines(rates.of(wave.planner(), wave.id()).classes()))
        .containsExactly(
            "Gesamtschule Süd 7c 1/6 16", "Realschule Nord 7a 3/5 60", "Realschule Nord 8b 0/4 0");
    assertThat(rateLines(rates.of(wave.contactA(), wave.id()).classes()))
        .containsExactly("Realschule Nord 7a 3/5 60", "Realschule Nord 8b 0/4 0");
    assertThat(rateLines(rates.of(wave.contactB(), wave.id()).classes()))
        .containsExactly("Gesamtschule Süd 7c 1/6 16");
    assertThatThrownBy(() -> rates.of(SurveyFieldFixture.stranger(wave.schoolB()), wave.id()))
        .isInstanceOf(NotVisibleException.class);
    assertThat(rates.waves(wave.contactB())).extracting(w -> w.id()).containsExactly(wave.id());

    // the reminder round mails the contacts of the classes below 50 %
    engine.getManagementService().executeJob(job(wave, "Timer_Reminder").getId());
    runDueJobs(wave);
    assertThat(audits(wave, "SURVEY_REMINDER_SENT")).isEqualTo(1);
    assertThat(MailSink.awaitMail(address(wave.contactA()), "Erinnerung").body())
        .contains("die Klassen 8b bei");
    assertThat(MailSink.awaitMail(address(wave.contactB()), "Erinnerung").body())
        .contains("die Klassen 7c bei");
    assertThat(phase.remind(wave.id()))
        .extracting(WaveClass::classLabel)
        .containsExactlyInAnyOrder("8b", "7c");
  }

  @Test
  void closingTheFieldDeletesDraftsAndCodeSheetsStopsRemindersAndHandsOver() {
    SurveyFieldFixture.Wave wave = inField();
    fixture.draft(wave, wave.class7a());
    fixture.draft(wave, wave.class7c());
    assertThat(fixture.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?1", wave.id()))
        .isEqualTo(2);

    engine.getManagementService().executeJob(job(wave, "Timer_FieldEnd").getId());
    runDueJobs(wave);

    assertThat(state(wave)).isEqualTo("CLOSED");
    assertThat(fixture.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?1", wave.id()))
        .isZero();
    assertThat(
            fixture.count(
                "SELECT COUNT(*) FROM wave_code_sheet s JOIN wave_class c ON c.id ="
                    + " s.wave_class_id WHERE c.wave_id = ?1",
                wave.id()))
        .isZero();
    assertThatThrownBy(() -> sheets.download(wave.planner(), wave.class7a()))
        .isInstanceOf(NotVisibleException.class);
    assertThat(phase.remind(wave.id())).as("no reminders for a closed wave").isEmpty();
    assertThat(audits(wave, "SURVEY_REMINDER_SENT")).isZero();
    assertThat(audits(wave, "SURVEY_HANDED_OVER")).isEqualTo(1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(Long.toString(wave.id()))
                .taskDefinitionKey("Task_ReleaseResults")
                .count())
        .as("the process waits for the planner to release the results")
        .isEqualTo(1);
    assertThat(rateLines(rates.of(wave.planner(), wave.id()).classes()))
        .as("rates stay readable")
        .hasSize(3);
  }

  @Test
  void movingTheFieldPeriodMovesTheWaitingTimers() {
    SurveyFieldFixture.Wave wave = released();
    LocalDate start = LocalDate.now().plusDays(12);
    LocalDate end = LocalDate.now().plusDays(40);

    phase.changeFieldPeriod(wave.planner(), wave.id(), start, end);

    ZoneId zone = ZoneId.systemDefault();
    assertThat(job(wave, "Timer_FieldStart").getDuedate())
        .isEqualTo(Date.from(FieldTimes.opens(start, zone).toInstant()));
    assertThat(
            fixture.texts(
                "SELECT CONCAT(field_start, ' ', field_end) FROM survey_wave WHERE id = ?1",
                wave.id()))
        .containsExactly(start + " " + end);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(instance(wave).getId(), ProcessVariables.FIELD_END))
        .isEqualTo(FieldTimes.fieldEnd(end));

    engine.getManagementService().executeJob(job(wave, "Timer_FieldStart").getId());
    assertThat(job(wave, "Timer_FieldEnd").getDuedate())
        .isEqualTo(Date.from(FieldTimes.closes(end, zone).toInstant()));
    LocalDate later = end.plusDays(7);
    phase.changeFieldPeriod(wave.planner(), wave.id(), start, later);
    assertThat(job(wave, "Timer_FieldEnd").getDuedate())
        .isEqualTo(Date.from(FieldTimes.closes(later, zone).toInstant()));

    assertThatThrownBy(
            () ->
                phase.changeFieldPeriod(
                    wave.planner(), wave.id(), start, LocalDate.now().minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("survey.field.period.endPassed");
    assertThatThrownBy(
            () -> phase.changeFieldPeriod(wave.planner(), wave.id(), start.plusDays(1), later))
        .hasMessage("survey.field.period.startFixed");
    assertThatThrownBy(() -> phase.changeFieldPeriod(wave.contactA(), wave.id(), start, later))
        .isInstanceOf(RuntimeException.class);
    assertThat(job(wave, "Timer_FieldEnd").getDuedate())
        .as("refused changes move nothing")
        .isEqualTo(Date.from(FieldTimes.closes(later, zone).toInstant()));
    assertThat(audits(wave, "SURVEY_FIELD_PERIOD_CHANGED")).isEqualTo(2);
  }

  @Test
  void schoolContactCountsReturnedConsentSlipsOfOwnClassesWithinTheClassSize() {
    SurveyFieldFixture.Wave wave = released();

    assertThat(slips.of(wave.contactA(), wave.id()).editable())
        .containsExactlyInAnyOrder(wave.class7a(), wave.class8b());
    assertThat(slips.record(wave.contactA(), wave.id(), Map.of(wave.class7a(), 2))).isEqualTo(1);
    assertThatThrownBy(
            () ->
                slips.record(
                    wave.contactA(), wave.id(), Map.of(wave.class7a(), 1, wave.class8b(), 3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("survey.consent.outOfRange");
    assertThatThrownBy(() -> slips.record(wave.contactA(), wave.id(), Map.of(wave.class7c(), 1)))
        .isInstanceOf(NotVisibleException.class);
    assertThat(slips.of(wave.planner(), wave.id()).editable()).as("planners read").isEmpty();

    assertThat(
            fixture.texts(
                "SELECT CONCAT(class_label, '=', COALESCE(slips_returned, '-')) FROM wave_class"
                    + " WHERE wave_id = ?1 ORDER BY class_label",
                wave.id()))
        .containsExactly("7a=2", "7c=-", "8b=-");
    assertThat(audits(wave, "SURVEY_SLIPS_RECORDED")).isEqualTo(1);
  }

  // --- the process

  private static LocalDate start() {
    return LocalDate.now().plusDays(10);
  }

  private static LocalDate end() {
    return LocalDate.now().plusDays(30);
  }

  /** Submitted, approved by both (in wave_approval and the tasks), codes, sheets, released. */
  private SurveyFieldFixture.Wave released() {
    SurveyFieldFixture.Wave wave = fixture.create(start(), end());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, wave.organisationCode());
    variables.put(ProcessVariables.WAVE_ID, wave.id());
    variables.put(ProcessVariables.FIELD_START, FieldTimes.fieldStart(start()));
    variables.put(ProcessVariables.FIELD_END, FieldTimes.fieldEnd(end()));
    variables.put(ProcessVariables.REMINDER_BELOW_RATE, 50);
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                ProcessModels.SURVEY_WAVE, Long.toString(wave.id()), variables);
    complete(instance, "Task_EditDraft", Map.of(ProcessVariables.DRAFT_REVISION, 1));
    fixture.decide(wave, DPO, 1, true, null);
    complete(
        instance,
        "Task_DataProtectionReview",
        Map.of(ProcessVariables.DATA_PROTECTION_OUTCOME, ProcessVariables.APPROVED));
    fixture.decide(wave, AUTHORITY, 1, true, null);
    complete(
        instance,
        "Task_SchoolAuthorityReview",
        Map.of(ProcessVariables.SCHOOL_AUTHORITY_OUTCOME, ProcessVariables.APPROVED));
    runDueJobs(wave);
    assertThat(job(wave, "Timer_FieldStart")).as("released, waiting for the field").isNotNull();
    return wave;
  }

  private SurveyFieldFixture.Wave inField() {
    SurveyFieldFixture.Wave wave = released();
    engine.getManagementService().executeJob(job(wave, "Timer_FieldStart").getId());
    assertThat(state(wave)).isEqualTo("IN_FIELD");
    return wave;
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    var task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private ProcessInstance instanceOrNull(SurveyFieldFixture.Wave wave) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ProcessModels.SURVEY_WAVE)
        .processInstanceBusinessKey(Long.toString(wave.id()))
        .singleResult();
  }

  private ProcessInstance instance(SurveyFieldFixture.Wave wave) {
    ProcessInstance instance = instanceOrNull(wave);
    assertThat(instance).isNotNull();
    return instance;
  }

  private Job job(SurveyFieldFixture.Wave wave, String activityId) {
    Job job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance(wave).getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as(activityId).isNotNull();
    return job;
  }

  /**
   * Lets the job executor run the instance's due asynchronous steps, runs what it has not taken
   * after a while itself, and fails with the stack trace of a failed step.
   */
  private void runDueJobs(SurveyFieldFixture.Wave wave) {
    String instance = instance(wave).getId();
    Supplier<List<Job>> due =
        () ->
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!due.get().isEmpty() && System.currentTimeMillis() < deadline) {
      pause();
    }
    for (Job job : due.get()) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException raceWithTheExecutor) {
        pause();
      }
    }
    List<Job> failed =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance)
            .withException()
            .list();
    assertThat(failed)
        .as(
            () ->
                failed.isEmpty()
                    ? ""
                    : engine
                        .getManagementService()
                        .getJobExceptionStacktrace(failed.get(0).getId()))
        .isEmpty();
    assertThat(due.get()).isEmpty();
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // --- reading

  private String state(SurveyFieldFixture.Wave wave) {
    return fixture.texts("SELECT state FROM survey_wave WHERE id = ?1", wave.id()).get(0);
  }

  private long audits(SurveyFieldFixture.Wave wave, String action) {
    return fixture.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?1 AND action = ?2",
        wave.organisationId(),
        action);
  }

  private static List<String> rateLines(List<ClassRate> classes) {
    return classes.stream()
        .map(
            r ->
                r.school()
                    + " "
                    + r.classLabel()
                    + " "
                    + r.spent()
                    + "/"
                    + r.codes()
                    + " "
                    + r.percent())
        .toList();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }

  private static Set<String> printedCodes(String text) {
    Set<String> printed = new HashSet<>();
    Matcher code = PRINTED_CODE.matcher(text);
    while (code.find()) {
      printed.add(code.group(1) + code.group(2) + code.group(3));
    }
    return printed;
  }
}
