package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.area.Area;
import de.planungsportal.area.School;
import de.planungsportal.area.SchoolType;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.datarequest.AnswerSheet;
import de.planungsportal.datarequest.DataRequest;
import de.planungsportal.datarequest.DataRequestAnswers;
import de.planungsportal.datarequest.DataRequestForm;
import de.planungsportal.datarequest.DataRequestService;
import de.planungsportal.datarequest.Recipient;
import de.planungsportal.identity.Account;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data request on the embedded engine and MariaDB, through the services the pages call: sent to
 * two schools of a new district, reminded and escalated by firing the model's timers, answered with
 * an implausible figure that must be explained, returned and resubmitted, accepted; the accepted
 * figures become indicator values per area version and for the district.
 */
@ExtendWith(ArquillianExtension.class)
class DataRequestIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(DataRequestIT.class, MailSink.class, MailSink.Mail.class);
  }

  @Inject DataRequestService requests;
  @Inject DataRequestAnswers answers;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject ProcessEngine engine;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private ManagementService managementService;
  private Organisation district;
  private Area north;
  private Area south;
  private School igs;
  private School gym;
  private School kita;
  private long indicatorId;
  private Actor planner;
  private Actor igsContact;
  private Actor gymContact;
  private Actor kitaContact;
  private Actor otherPlanner;
  private String plannerMail;
  private String igsMail;
  private String kitaMail;

  @BeforeEach
  void createDistrict() throws Exception {
    managementService = engine.getManagementService();
    tx.begin();
    district = new Organisation(code(), "Landkreis Datenhausen", Organisation.Kind.DISTRICT);
    Organisation other = new Organisation(code(), "Landkreis Anderswo", Organisation.Kind.DISTRICT);
    em.persist(district);
    em.persist(other);
    north = new Area(district, "nord", "Nord", null);
    south = new Area(district, "sued", "Süd", null);
    em.persist(north);
    em.persist(south);
    igs = new School(district, "igs", "IGS Nord", SchoolType.GESAMTSCHULE, north);
    gym = new School(district, "gym", "Gymnasium Süd", SchoolType.GYMNASIUM, south);
    kita = new School(district, "kita", "Abenteuerland Kita", SchoolType.KITA, north);
    em.persist(igs);
    em.persist(gym);
    em.persist(kita);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO indicator (organisation_id, code, name, definition, unit, source,"
                + " direction) VALUES (?1, 'GANZTAG', 'Ganztag', 'Schüler im Ganztag',"
                + " 'Personen', 'Datenabfrage', 'UP')")
        .setParameter(1, district.getId())
        .executeUpdate();
    indicatorId =
        ((Number)
                em.createNativeQuery("SELECT id FROM indicator WHERE organisation_id = ?1")
                    .setParameter(1, district.getId())
                    .getSingleResult())
            .longValue();
    plannerMail = mailAccount("planung", Role.PLANNER, null);
    igsMail = mailAccount("igs", Role.SCHOOL_CONTACT, igs.getId());
    kitaMail = mailAccount("kita", Role.SCHOOL_CONTACT, kita.getId());
    tx.commit();
    planner = actor(district, "planung", Role.PLANNER, null);
    igsContact = actor(district, "igs", Role.SCHOOL_CONTACT, igs.getId());
    gymContact = actor(district, "gym", Role.SCHOOL_CONTACT, gym.getId());
    kitaContact = actor(district, "kita", Role.SCHOOL_CONTACT, kita.getId());
    otherPlanner = actor(other, "fremd", Role.PLANNER, null);
  }

  @Test
  void requestRunsFromSendingThroughReminderEscalationReturnAndAcceptanceToIndicatorValues() {
    DataRequest request = requests.send(planner, form());
    long id = request.getId();
    assertThat(tasks(request, "Task_FillIn")).isEqualTo(2);
    assertThat(requests.find(otherPlanner, id)).as("another district sees nothing").isEmpty();
    assertThat(MailSink.awaitMail(igsMail, "Datenabfrage").body()).contains("IGS Nord");

    // reminder before the due date: a mail to the school's contacts, the task stays open
    fire(request, "Timer_Reminder", igs.getId());
    runDueJobs(request);
    assertThat(MailSink.awaitMail(igsMail, "Erinnerung").subject())
        .contains("Ganztag " + year())
        .contains("IGS Nord");
    assertThat(recipient(id, igs).getRemindedOn()).isEqualTo(LocalDate.now());

    // the due date passes: the school is marked overdue, the planners are told, the task stays
    fire(request, "Timer_Due", igs.getId());
    runDueJobs(request);
    assertThat(recipient(id, igs).getOverdueSince()).isEqualTo(LocalDate.now());
    assertThat(MailSink.awaitMail(plannerMail, "Überfällig").body()).contains("IGS Nord");
    assertThat(answers.mine(igsContact))
        .singleElement()
        .satisfies(r -> assertThat(r.overdue()).isTrue());
    assertThat(tasks(request, "Task_FillIn")).isEqualTo(2);

    // an implausible total is refused without explanation, and nothing is stored
    Map<String, BigDecimal> implausible = figures(650, 300, 340, 200);
    assertThat(refusal(() -> submit(igsContact, id, igs, implausible, Map.of())))
        .isEqualTo("datarequest.fill.explainOrCorrect");
    assertThat(storedValues(id, igs)).isZero();
    AnswerSheet checked =
        answers.save(igsContact, id, igs.getId(), byField(id, implausible), Map.of());
    assertThat(checked.findings())
        .extracting(f -> f.fieldKey() + " " + f.messageKey())
        .containsExactly("schueler datarequest.plausibility.sum");
    assertThat(refusal(() -> submit(gymContact, id, igs, implausible, Map.of())))
        .as("another school's contact")
        .isNull();

    // explained, it is submitted
    submit(igsContact, id, igs, implausible, Map.of("schueler", "Zehn Gastschüler ohne Angabe"));
    assertThat(recipient(id, igs).getState()).isEqualTo(Recipient.State.SUBMITTED);

    // returned with a reason (none is refused), corrected and submitted again
    assertThat(refusal(() -> requests.returnAnswer(planner, id, igs.getId(), "  ")))
        .isEqualTo("datarequest.review.reasonRequired");
    requests.returnAnswer(planner, id, igs.getId(), "Bitte Gastschüler zuordnen.");
    assertThat(recipient(id, igs).getState()).isEqualTo(Recipient.State.RETURNED);
    assertThat(answers.sheet(igsContact, id, igs.getId()).returnReason())
        .isEqualTo("Bitte Gastschüler zuordnen.");
    assertThat(MailSink.awaitMail(igsMail, "zurückgegeben").body())
        .contains("Bitte Gastschüler zuordnen.");
    submit(igsContact, id, igs, figures(650, 310, 340, 200), Map.of());
    assertThat(recipient(id, igs).getState()).isEqualTo(Recipient.State.SUBMITTED);

    // accepted: indicator values per area version and for the district
    requests.accept(planner, id, igs.getId());
    submit(gymContact, id, gym, figures(900, 450, 450, 120), Map.of());
    assertThat(refusal(() -> requests.accept(otherPlanner, id, gym.getId()))).isNull();
    requests.accept(planner, id, gym.getId());

    assertThat(indicatorValues())
        .containsExactlyInAnyOrder(
            "nord " + year() + " 200.0000 DATA_REQUEST " + id,
            "sued " + year() + " 120.0000 DATA_REQUEST " + id,
            "- " + year() + " 320.0000 DATA_REQUEST " + id);
    assertThat(requests.find(planner, id).orElseThrow().getState())
        .isEqualTo(DataRequest.State.CLOSED);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId())
                .finished()
                .count())
        .isEqualTo(1);
  }

  @Test
  void sentRequestCannotBeEditedAndIncompleteOnesCannotBeSent() {
    DataRequestForm empty = form();
    empty.getSchoolIds().clear();
    assertThat(refusal(() -> requests.send(planner, empty)))
        .isEqualTo("datarequest.send.noInstitutions");
    DataRequestForm soon = form();
    soon.setDueOn(LocalDate.now().plusDays(2));
    assertThat(refusal(() -> requests.send(planner, soon)))
        .isEqualTo("datarequest.send.dueTooSoon");
    DataRequestForm badRule = form();
    badRule.getRules().get(0).setParts("maedchen + unbekannt");
    assertThat(refusal(() -> requests.save(planner, badRule)))
        .isEqualTo("datarequest.rule.partsInvalid");
    assertThat(requestCount()).as("nothing stored by refused input").isZero();

    DataRequest sent = requests.send(planner, form());
    DataRequestForm again = DataRequestForm.of(requests.find(planner, sent.getId()).orElseThrow());
    again.setTitle("Geändert");
    assertThat(refusal(() -> requests.save(planner, again))).isEqualTo("datarequest.notEditable");
  }

  /**
   * A day-care centre is asked like a school: the planner's choice lists it after the schools, its
   * contact gets the fill-in task and the mail, sees only the own request, answers like a school's
   * contact, and the accepted figures join the schools' in the indicator values of its area.
   */
  @Test
  void dayCareCentreAnswersLikeASchoolAndItsAcceptedFiguresBecomeIndicatorValues() {
    assertThat(requests.institutions(planner))
        .extracting(DataRequestService.Institution::name)
        .as("schools first, then day-care centres")
        .containsExactly("Gymnasium Süd", "IGS Nord", "Abenteuerland Kita");
    DataRequestForm form = form();
    form.getSchoolIds().add(kita.getId());
    DataRequest request = requests.send(planner, form);
    long id = request.getId();

    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(processOf(request))
                .taskDefinitionKey("Task_FillIn")
                .taskCandidateGroup("school-contact#school-" + kita.getId())
                .count())
        .as("the Kita's contacts have the fill-in task")
        .isEqualTo(1);
    assertThat(MailSink.awaitMail(kitaMail, "Datenabfrage").body()).contains("Abenteuerland Kita");
    assertThat(answers.mine(kitaContact))
        .singleElement()
        .satisfies(r -> assertThat(r.schoolName()).isEqualTo("Abenteuerland Kita"));
    assertThat(answers.mine(igsContact))
        .extracting(DataRequestAnswers.MyRow::schoolName)
        .containsExactly("IGS Nord");
    assertThat(refusal(() -> submit(igsContact, id, kita, figures(60, 30, 30, 20), Map.of())))
        .as("a school's contact cannot answer for the Kita")
        .isNull();

    submit(kitaContact, id, kita, figures(60, 30, 30, 20), Map.of());
    assertThat(recipient(id, kita).getState()).isEqualTo(Recipient.State.SUBMITTED);
    submit(igsContact, id, igs, figures(650, 310, 340, 200), Map.of());
    requests.accept(planner, id, kita.getId());
    requests.accept(planner, id, igs.getId());

    assertThat(indicatorValues())
        .containsExactlyInAnyOrder(
            "nord " + year() + " 220.0000 DATA_REQUEST " + id,
            "- " + year() + " 220.0000 DATA_REQUEST " + id);
    assertThat(requests.answers(planner, id))
        .filteredOn(a -> a.schoolId() == kita.getId())
        .singleElement()
        .satisfies(a -> assertThat(a.schoolType()).isEqualTo(SchoolType.KITA));
  }

  // --- helpers

  private DataRequestForm form() {
    DataRequestForm form = new DataRequestForm();
    form.setTitle("Ganztag " + year());
    form.setReferenceDay(LocalDate.of(year(), 10, 1));
    form.setDueOn(LocalDate.now().plusDays(10));
    form.setReminderDays(3);
    form.getFields().add(field("schueler", "Schüler gesamt", 0, 2000, null));
    form.getFields().add(field("maedchen", "Mädchen", 0, 2000, null));
    form.getFields().add(field("jungen", "Jungen", 0, 2000, null));
    form.getFields().add(field("ganztag", "im Ganztag", 0, 2000, indicatorId));
    form.getRules().add(new DataRequestForm.RuleRow("schueler", "maedchen + jungen"));
    form.getSchoolIds().addAll(List.of(igs.getId(), gym.getId()));
    return form;
  }

  private static DataRequestForm.FieldRow field(
      String key, String label, int min, int max, Long indicator) {
    return new DataRequestForm.FieldRow(
        key, label, "Personen", BigDecimal.valueOf(min), BigDecimal.valueOf(max), indicator);
  }

  private static Map<String, BigDecimal> figures(int pupils, int girls, int boys, int allDay) {
    return Map.of(
        "schueler", BigDecimal.valueOf(pupils),
        "maedchen", BigDecimal.valueOf(girls),
        "jungen", BigDecimal.valueOf(boys),
        "ganztag", BigDecimal.valueOf(allDay));
  }

  private void submit(
      Actor contact,
      long id,
      School school,
      Map<String, BigDecimal> figures,
      Map<String, String> explanations) {
    Map<Long, String> byId = new HashMap<>();
    fieldIds(id).forEach((key, field) -> byId.put(field, explanations.get(key)));
    answers.submit(contact, id, school.getId(), byField(id, figures), byId);
  }

  private Map<Long, BigDecimal> byField(long id, Map<String, BigDecimal> figures) {
    Map<Long, BigDecimal> byId = new HashMap<>();
    fieldIds(id).forEach((key, field) -> byId.put(field, figures.get(key)));
    return byId;
  }

  private Map<String, Long> fieldIds(long id) {
    Map<String, Long> ids = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT field_key, id FROM data_request_field WHERE request_id = ?1")
            .setParameter(1, id)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      ids.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return ids;
  }

  private Recipient recipient(long id, School school) {
    em.clear();
    return em.createQuery(
            "select r from Recipient r where r.request.id = :id and r.school.id = :school",
            Recipient.class)
        .setParameter("id", id)
        .setParameter("school", school.getId())
        .getSingleResult();
  }

  private long storedValues(long id, School school) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM data_request_value v JOIN data_request_recipient r"
                        + " ON r.id = v.recipient_id WHERE r.request_id = ?1 AND r.school_id = ?2")
                .setParameter(1, id)
                .setParameter(2, school.getId())
                .getSingleResult())
        .longValue();
  }

  private long requestCount() {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM data_request WHERE organisation_id = ?1")
                .setParameter(1, district.getId())
                .getSingleResult())
        .longValue();
  }

  private List<String> indicatorValues() {
    return em
        .createNativeQuery(
            "SELECT CONCAT(COALESCE(a.code, '-'), ' ', v.year, ' ', v.value, ' ', v.origin, ' ',"
                + " v.origin_ref) FROM indicator_value v LEFT JOIN area a ON a.id = v.area_id"
                + " WHERE v.indicator_id = ?1")
        .setParameter(1, indicatorId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private long tasks(DataRequest request, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processOf(request))
        .taskDefinitionKey(key)
        .count();
  }

  private String processOf(DataRequest request) {
    return requests.find(planner, request.getId()).orElseThrow().getProcessInstanceId();
  }

  /** Fires the school's timer by executing its job now, whatever its due date. */
  private void fire(DataRequest request, String timer, long schoolId) {
    Job job =
        managementService
            .createJobQuery()
            .processInstanceId(processOf(request))
            .activityId(timer)
            .list()
            .stream()
            .filter(
                j ->
                    Long.valueOf(schoolId)
                        .equals(
                            engine.getRuntimeService().getVariable(j.getExecutionId(), "school")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + timer + " for school " + schoolId));
    managementService.executeJob(job.getId());
  }

  /** Waits for the job executor to run the instance's due steps; runs what it left itself. */
  private void runDueJobs(DataRequest request) {
    String instance = processOf(request);
    Supplier<List<Job>> due =
        () -> managementService.createJobQuery().processInstanceId(instance).executable().list();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!due.get().isEmpty() && System.currentTimeMillis() < deadline) {
      pause();
    }
    for (Job job : due.get()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException raceWithTheExecutor) {
        pause();
      }
    }
    assertThat(
            managementService.createJobQuery().processInstanceId(instance).withException().list())
        .isEmpty();
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The message key of the refusal, or null when the call was denied as not the actor's. */
  private static String refusal(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    if (thrown instanceof AccessDeniedException) {
      return null;
    }
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).messageKey();
  }

  private String mailAccount(String name, Role role, Long schoolId) {
    Account account = new Account(em.merge(district), name + "-" + district.getCode(), name);
    account.setEmail(name + "-" + district.getCode() + "@musterland.example");
    account.grant(role, null, null, schoolId);
    em.persist(account);
    return account.getEmail();
  }

  private static Actor actor(Organisation org, String name, Role role, Long schoolId) {
    return new Actor(
        0,
        name + "-" + org.getCode(),
        name,
        org.getId(),
        org.getCode(),
        org.getName(),
        List.of(new Actor.Grant(role, null, null, schoolId)));
  }

  private static int year() {
    return LocalDate.now().getYear() - 1;
  }

  private static String code() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
