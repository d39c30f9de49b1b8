package de.planungsportal.survey;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's wave waiting for approval: a follow-up of the youth survey at the Realschule plus
 * Talheim, submitted by the demo planner, so the data-protection officer and the school authority
 * find it in their task lists. (The wave in the field and the closed one are plain data in
 * R__demo_data.sql; this one lives in the engine too, so it is made through the services, once.)
 */
@Singleton
@Startup
@DependsOn("ProcessEngineStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoWaves {

  static final String TITLE = "Nachbefragung Talheim";
  private static final Logger LOG = Logger.getLogger(DemoWaves.class.getName());

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @PersistenceContext private EntityManager em;
  @Inject private DemoDistrict district;
  @Inject private WaveService waves;

  @PostConstruct
  void create() {
    seed();
  }

  /** Submits the demo wave unless the demo district has it; true if it made it. */
  public boolean seed() {
    if (!demoData || district.countTitled("survey_wave", TITLE) != 0) {
      return false;
    }
    Actor planner = district.actor("planer");
    List<?> version =
        em.createNativeQuery(
                "SELECT v.id FROM questionnaire_version v"
                    + " JOIN questionnaire q ON q.id = v.questionnaire_id"
                    + " JOIN organisation o ON o.id = q.organisation_id"
                    + " WHERE o.code = ?1 AND o.demo AND q.title = 'Jugendbefragung Musterland'"
                    + " AND v.number = 1")
            .setParameter(1, DemoDistrict.CODE)
            .getResultList();
    Optional<Long> school = district.school("rsplus-talheim");
    if (version.isEmpty() || school.isEmpty()) {
      return false;
    }
    WaveForm form = waves.newForm(planner);
    form.setTitle(TITLE);
    form.setPurpose(
        "Die Nachbefragung zeigt, ob die Freizeitangebote in Talheim nach dem Ausbau des"
            + " Jugendtreffs besser ankommen. Die zusammengefassten Ergebnisse fließen in den"
            + " Jahresarbeitsplan ein.");
    form.setLegalBasis(
        "Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Schulgesetz des Landes; die Teilnahme"
            + " ist freiwillig.");
    form.setPrivacyContact(
        "Datenschutzbeauftragte/r des Landkreises, datenschutz@musterland.example");
    form.setQuestionnaireVersionId(((Number) version.get(0)).longValue());
    form.setTargetKind(TargetKind.PUPILS);
    form.setGradeFrom(7);
    form.setGradeTo(10);
    form.setConsentMode(ConsentMode.PUPIL_CONFIRMS);
    form.setFieldStart(LocalDate.now().plusWeeks(6));
    form.setFieldEnd(LocalDate.now().plusWeeks(10));
    SurveyWave wave = waves.save(planner, form);
    long schoolId = school.get();
    waves.addClass(planner, wave.getId(), schoolId, "8b", 8, 24);
    waves.addClass(planner, wave.getId(), schoolId, "9a", 9, 22);
    waves.submit(planner, WaveForm.of(waves.find(planner, wave.getId()).orElseThrow()));
    LOG.info("Demo wave '" + TITLE + "' submitted for review");
    return true;
  }
}
