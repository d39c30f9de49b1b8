package de.planungsportal.planning;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The evidence-chain links of a measure, for the indicator feature: replaced by whoever may edit
 * the measure (the same checks as the plan editor: the planner for a draft's measure, the
 * department's contributor for a proposal), only while the plan or contribution is not submitted.
 */
@ApplicationScoped
@Transactional
public class MeasureIndicatorLinks {

  @PersistenceContext private EntityManager em;
  @Inject private PlanningAccess access;

  /** The links of a measure the actor may edit; AccessDeniedException otherwise. */
  public List<IndicatorTarget> editable(Actor actor, long measureId) {
    return measureToEdit(actor, measureId).getIndicatorTargets();
  }

  /**
   * Replaces the links; the caller has checked the indicators and areas belong to the organisation.
   */
  public void replace(Actor actor, long measureId, List<IndicatorTarget> targets) {
    measureToEdit(actor, measureId).linkIndicators(targets);
  }

  /** The organisation whose plan holds the measure; null if there is no such measure. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Organisation ownerOf(long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null) {
      return null;
    }
    Goal goal = measure.getGoal();
    return goal.isPlanned()
        ? goal.getWorkPlanVersion().getCycle().owner()
        : goal.getContribution().getCycle().owner();
  }

  /** The links of any measure, for readers the caller has checked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IndicatorTarget> of(long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    return measure == null ? List.of() : measure.getIndicatorTargets();
  }

  private Measure measureToEdit(Actor actor, long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure != null && measure.getGoal().isPlanned()) {
      return access.plannedMeasure(actor, measureId);
    }
    return access.proposedMeasure(actor, measureId);
  }
}
