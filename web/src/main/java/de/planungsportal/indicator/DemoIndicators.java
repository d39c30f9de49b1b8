package de.planungsportal.indicator;

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
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo district's indicators: five of the catalogue (one read from the youth survey), values
 * from the statistics office for the last three years per area and for the district, the survey
 * indicator's values taken from the closed wave, and evidence links of three demo measures. Runs
 * after the demo cycles exist (their measures are linked); whatever exists is left as it is, so a
 * restart adds nothing twice.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineStartup", "DemoCycles"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoIndicators {

  private static final Logger LOG = Logger.getLogger(DemoIndicators.class.getName());

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @PersistenceContext private EntityManager em;
  @Inject private DemoDistrict district;
  @Inject private DemoIndicatorData data;
  @Inject private SurveyValues surveyValues;

  @PostConstruct
  void create() {
    if (!demoData) {
      return;
    }
    try {
      data.seed();
      takeSurveyValues();
    } catch (RuntimeException e) {
      // the demo starts without indicators rather than not at all
      LOG.log(Level.WARNING, "Demo indicators not made", e);
    }
  }

  /** The survey indicator's values from the closed youth survey, once. */
  void takeSurveyValues() {
    List<?> indicator =
        em.createNativeQuery(
                "SELECT i.id FROM indicator i JOIN organisation o ON o.id = i.organisation_id"
                    + " WHERE o.code = ?1 AND o.demo AND i.code = 'WOHL-SCHULE'"
                    + " AND NOT EXISTS (SELECT 1 FROM indicator_value v"
                    + " WHERE v.indicator_id = i.id)")
            .setParameter(1, DemoDistrict.CODE)
            .getResultList();
    if (indicator.isEmpty()) {
      return;
    }
    long indicatorId = ((Number) indicator.get(0)).longValue();
    Actor planner = district.actor("planer");
    surveyValues.waves(planner, indicatorId).stream()
        .findFirst()
        .ifPresent(w -> surveyValues.takeFromWave(planner, indicatorId, w.id(), Locale.GERMAN));
  }
}
