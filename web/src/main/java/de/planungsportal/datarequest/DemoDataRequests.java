package de.planungsportal.datarequest;

import de.planungsportal.identity.DemoDistrict;
import de.planungsportal.tenant.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's data requests. To the schools: the demo planner asks the IGS Musterstadt for its
 * all-day figures, the school's contact ({@code schule}) answers with one implausible figure
 * explained, the planner accepts, and the figures become values of the indicator SCHUELER-GANZTAG.
 * To the day-care centres: the planner asks both demo Kitas for their children in care, the Kita
 * Sonnenschein's contact ({@code kitaleitung}) answers, the planner accepts (indicator KITA-U3),
 * and the Kita Regenbogen, which has no contact account, stays open. Made through the services and
 * the process, each once (found again by its title), so the demo shows a finished and a running
 * data-request instance in the engine as well.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataRequests {

  static final String TITLE = "Ganztagsangebote an Schulen (Demo)";
  static final String KITA_TITLE = "Betreuung in Kitas (Demo)";
  private static final Logger LOG = Logger.getLogger(DemoDataRequests.class.getName());
  private static final String SCHOOL = "igs-musterstadt";
  private static final String KITA = "kita-sonnenschein";
  private static final String OTHER_KITA = "kita-regenbogen";

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject private DemoDistrict district;
  @Inject private DemoIndicator indicator;
  @Inject private DataRequestService requests;
  @Inject private DataRequestAnswers answers;

  @PostConstruct
  void create() {
    seed();
  }

  /** Makes each demo request the demo district lacks; true if it made any. */
  public boolean seed() {
    if (!demoData) {
      return false;
    }
    boolean schools = district.countTitled("data_request", TITLE) == 0 && seedSchools();
    boolean kitas = district.countTitled("data_request", KITA_TITLE) == 0 && seedKitas();
    return schools || kitas;
  }

  private boolean seedSchools() {
    Optional<Long> school = district.school(SCHOOL);
    if (school.isEmpty()) {
      return false;
    }
    long schoolId = school.get();
    Actor planner = district.actor("planer");
    Actor contact = district.actor("schule");
    long indicatorId = indicator.ensure(planner.organisationId());

    DataRequestForm form = new DataRequestForm();
    form.setTitle(TITLE);
    form.setReferenceDay(LocalDate.of(LocalDate.now().getYear() - 1, 10, 1));
    form.setDueOn(LocalDate.now().plusWeeks(3));
    form.setReminderDays(5);
    form.getFields()
        .add(field("schueler", "Schülerinnen und Schüler insgesamt", "Personen", 0, 2000, null));
    form.getFields().add(field("maedchen", "davon Mädchen", "Personen", 0, 2000, null));
    form.getFields().add(field("jungen", "davon Jungen", "Personen", 0, 2000, null));
    form.getFields()
        .add(field("ganztag", "in Ganztagsangeboten", "Personen", 0, 2000, indicatorId));
    form.getFields().add(field("lehrkraefte", "Lehrkräfte", "Vollzeitäquivalente", 10, 120, null));
    form.getRules().add(new DataRequestForm.RuleRow("schueler", "maedchen + jungen"));
    form.getSchoolIds().add(schoolId);
    DataRequest request = requests.send(planner, form);

    Map<Long, BigDecimal> figures = new HashMap<>();
    Map<Long, String> explanations = new HashMap<>();
    for (RequestField field : requests.find(planner, request.getId()).orElseThrow().getFields()) {
      figures.put(
          field.getId(),
          switch (field.getKey()) {
            case "schueler" -> new BigDecimal("812");
            case "maedchen" -> new BigDecimal("401");
            case "jungen" -> new BigDecimal("411");
            case "ganztag" -> new BigDecimal("486");
            default -> new BigDecimal("128.5");
          });
      if (field.getKey().equals("lehrkraefte")) {
        explanations.put(
            field.getId(), "Einschließlich der an die Außenstelle Nord abgeordneten Lehrkräfte.");
      }
    }
    answers.submit(contact, request.getId(), schoolId, figures, explanations);
    requests.accept(planner, request.getId(), schoolId);
    LOG.info("Demo data request '" + TITLE + "' answered and accepted");
    return true;
  }

  private boolean seedKitas() {
    Optional<Long> kita = district.school(KITA);
    Optional<Long> otherKita = district.school(OTHER_KITA);
    if (kita.isEmpty() || otherKita.isEmpty() || !district.hasAccount("kitaleitung")) {
      return false; // the user name may belong to an operator's account outside the demo
    }
    Actor planner = district.actor("planer");
    Actor contact = district.actor("kitaleitung");
    long indicatorId = indicator.ensureKita(planner.organisationId());

    DataRequestForm form = new DataRequestForm();
    form.setTitle(KITA_TITLE);
    form.setReferenceDay(LocalDate.of(LocalDate.now().getYear() - 1, 3, 1));
    form.setDueOn(LocalDate.now().plusWeeks(3));
    form.setReminderDays(5);
    form.getFields().add(field("plaetze", "genehmigte Plätze", "Plätze", 10, 200, null));
    form.getFields().add(field("kinder", "betreute Kinder insgesamt", "Personen", 0, 200, null));
    form.getFields()
        .add(field("kinder_u3", "davon unter 3 Jahren", "Personen", 0, 80, indicatorId));
    form.getFields().add(field("kinder_ue3", "davon ab 3 Jahren", "Personen", 0, 200, null));
    form.getRules().add(new DataRequestForm.RuleRow("kinder", "kinder_u3 + kinder_ue3"));
    long kitaId = kita.get();
    form.getSchoolIds().addAll(List.of(kitaId, otherKita.get()));
    DataRequest request = requests.send(planner, form);

    Map<Long, BigDecimal> figures = new HashMap<>();
    for (RequestField field : requests.find(planner, request.getId()).orElseThrow().getFields()) {
      figures.put(
          field.getId(),
          switch (field.getKey()) {
            case "plaetze" -> new BigDecimal("75");
            case "kinder" -> new BigDecimal("72");
            case "kinder_u3" -> new BigDecimal("24");
            default -> new BigDecimal("48");
          });
    }
    answers.submit(contact, request.getId(), kitaId, figures, Map.of());
    requests.accept(planner, request.getId(), kitaId);
    LOG.info("Demo data request '" + KITA_TITLE + "' answered by one Kita and accepted");
    return true;
  }

  private static DataRequestForm.FieldRow field(
      String key, String label, String unit, int min, int max, Long indicatorId) {
    return new DataRequestForm.FieldRow(
        key, label, unit, BigDecimal.valueOf(min), BigDecimal.valueOf(max), indicatorId);
  }
}
