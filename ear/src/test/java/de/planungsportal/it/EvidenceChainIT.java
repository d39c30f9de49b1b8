package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.indicator.Direction;
import de.planungsportal.indicator.EvidenceChain;
import de.planungsportal.indicator.EvidenceChain.Evidence;
import de.planungsportal.indicator.EvidenceChain.LinkInput;
import de.planungsportal.indicator.EvidenceChain.Movement;
import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.indicator.IndicatorForm;
import de.planungsportal.indicator.IndicatorValues;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanVersion;
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
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence chain on the real planning cycle: a measure of the draft names an indicator with
 * baseline and target; the latest value after the baseline year says whether it moved the good way;
 * a new version of the plan keeps the link, a submitted one cannot change it, and other
 * organisations see none of it.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceChainIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(EvidenceChainIT.class, PlanningSteps.class);
  }

  @Inject EvidenceChain chain;
  @Inject IndicatorCatalogue catalogue;
  @Inject IndicatorValues values;
  @Inject PlanningSteps planning;
  @Inject ConsolidationService consolidation;
  @Inject DecisionService decisions;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;
  private Actor planner;
  private Actor head;
  private Actor stranger;
  private PlanningCycle cycle;
  private WorkPlanVersion submitted;
  private Indicator poverty;

  @BeforeEach
  void draftWithAMeasure() throws Exception {
    tx.begin();
    district =
        new Organisation(
            "ev-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Wirkung",
            Organisation.Kind.DISTRICT);
    Organisation other =
        new Organisation(
            "ev-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Anderswo",
            Organisation.Kind.DISTRICT);
    em.persist(district);
    em.persist(other);
    Department schools =
        new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
    em.persist(schools);
    em.persist(new Area(district, "nord", "Nordstadt", null));
    tx.commit();
    planner = actor(district, "planer", Role.PLANNER, null);
    head = actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null);
    stranger = actor(other, "fremd", Role.PLANNER, null);
    PlanningSteps.Submitted steps = planning.submittedDraft(district, schools, YEAR);
    cycle = steps.cycle();
    submitted = steps.version();
    IndicatorForm form = new IndicatorForm();
    form.setCode("SGB2-U15");
    form.setName("Kinderarmut");
    form.setDefinition("Kinder in Bedarfsgemeinschaften je 100 Kinder");
    form.setUnit("%");
    form.setSource("Bundesagentur für Arbeit");
    form.setDirection(Direction.DOWN);
    poverty = catalogue.save(planner, form);
  }

  @Test
  void theLatestValueAfterTheBaselineSaysWhetherTheMeasureMovedItTheRightWay() {
    long measure = measureOf(draftAfterReturn());
    chain.replace(planner, measure, List.of(link("nord", "12.0", 2022, "10.0", YEAR + 2)));

    assertThat(chain.of(planner, measure))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.movement()).isEqualTo(Movement.NO_VALUE);
              assertThat(e.areaCode()).isEqualTo("nord");
              assertThat(e.latest()).isNull();
            });

    values.record(planner, poverty.getId(), "nord", 2022, new BigDecimal("12.0"));
    values.record(planner, poverty.getId(), null, 2024, new BigDecimal("5.0"));
    assertThat(only(measure).movement())
        .as("the baseline year itself and another area do not count")
        .isEqualTo(Movement.NO_VALUE);

    values.record(planner, poverty.getId(), "nord", 2023, new BigDecimal("11.5"));
    Evidence down = only(measure);
    assertThat(down.movement()).isEqualTo(Movement.RIGHT_WAY);
    assertThat(down.latestYear()).isEqualTo(2023);
    assertThat(down.latest()).isEqualByComparingTo("11.5");
    assertThat(down.targetReached()).isFalse();

    values.record(planner, poverty.getId(), "nord", 2024, new BigDecimal("12.5"));
    assertThat(only(measure).movement()).isEqualTo(Movement.WRONG_WAY);

    values.record(planner, poverty.getId(), "nord", 2025, new BigDecimal("9.5"));
    Evidence reached = only(measure);
    assertThat(reached.movement()).isEqualTo(Movement.RIGHT_WAY);
    assertThat(reached.targetReached()).isTrue();

    assertThat(chain.of(stranger, measure)).as("another organisation sees none of it").isEmpty();
  }

  @Test
  void aNewVersionOfThePlanKeepsTheLinksAndASubmittedOneCannotChangeThem() {
    WorkPlanVersion second = draftAfterReturn();
    long measure = measureOf(second);
    chain.replace(planner, measure, List.of(link(null, "12.0", 2022, "10.0", YEAR + 2)));
    second = em.find(WorkPlanVersion.class, second.getId());
    consolidation.submit(planner, second.getId(), second.getVersion());

    assertThat(message(() -> chain.replace(planner, measure, List.of())))
        .as("a submitted version is frozen")
        .isEqualTo("planning.frozen");

    WorkPlanVersion third = draftAfter(second);
    long copy = measureOf(third);

    assertThat(copy).isNotEqualTo(measure);
    assertThat(chain.editable(planner, copy))
        .containsExactly(
            new LinkInput(
                poverty.getId(),
                null,
                new BigDecimal("12.0000"),
                2022,
                new BigDecimal("10.0000"),
                YEAR + 2));
    assertThat(chain.of(planner, measure)).hasSize(1);
    chain.replace(planner, copy, List.of());
    assertThat(chain.of(planner, copy)).isEmpty();
    assertThat(chain.of(planner, measure)).as("the earlier version keeps its link").hasSize(1);
  }

  @Test
  void badLinksAreRefusedAndOthersMayNotEditThem() {
    long measure = measureOf(draftAfterReturn());

    assertThat(
            message(
                () -> chain.replace(planner, measure, List.of(link(null, "12", 2024, "10", 2023)))))
        .isEqualTo("evidence.targetBeforeBaseline");
    assertThat(
            message(
                () ->
                    chain.replace(
                        planner,
                        measure,
                        List.of(
                            link(null, "12", 2022, "10", 2024),
                            link("nord", "1", 2022, "2", 2024)))))
        .isEqualTo("evidence.duplicate");
    assertThat(
            message(
                () ->
                    chain.replace(
                        planner, measure, List.of(link("nirgends", "12", 2022, "10", 2024)))))
        .isEqualTo("indicator.value.noArea");
    assertThat(
            message(
                () ->
                    chain.replace(
                        planner,
                        measure,
                        List.of(new LinkInput(poverty.getId(), null, null, 2022, null, 2024)))))
        .isEqualTo("evidence.incomplete");
    assertThatThrownBy(() -> chain.replace(stranger, measure, List.of()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> chain.replace(head, measure, List.of()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(chain.of(planner, measure)).isEmpty();
  }

  private Evidence only(long measure) {
    List<Evidence> evidence = chain.of(planner, measure);
    assertThat(evidence).hasSize(1);
    return evidence.get(0);
  }

  private LinkInput link(String area, String baseline, int from, String target, int to) {
    return new LinkInput(
        poverty.getId(), area, new BigDecimal(baseline), from, new BigDecimal(target), to);
  }

  /** The head returns the submitted version; the planner's next draft copies it. */
  private WorkPlanVersion draftAfterReturn() {
    return draftAfter(submitted);
  }

  private WorkPlanVersion draftAfter(WorkPlanVersion version) {
    decisions.returnToConsolidation(head, version.getId(), "Bitte Wirkung belegen");
    return consolidation.createDraft(planner, cycle.getId());
  }

  private long measureOf(WorkPlanVersion version) {
    return em.createQuery(
            "select m from Measure m where m.goal.workPlanVersion.id = :v", Measure.class)
        .setParameter("v", version.getId())
        .getResultList()
        .get(0)
        .getId();
  }

  private static String message(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    return e == null ? null : e.messageKey();
  }
}
