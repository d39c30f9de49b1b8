package de.planungsportal.indicator.web;

import de.planungsportal.indicator.EvidenceChain;
import de.planungsportal.indicator.EvidenceChain.Evidence;
import de.planungsportal.tenant.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the read-only evidence fragment (WEB-INF/includes/indicator-evidence.xhtml) on the plan's
 * measure detail and the committee member's paper: per measure, its indicators from baseline to
 * target and the latest value. The page showing the measure has checked the reader may see it.
 */
@Named
@RequestScoped
public class EvidenceView {

  @Inject private EvidenceChain chain;
  @Inject private CurrentActor user;

  private final Map<Long, List<Evidence>> byMeasure = new HashMap<>();

  public List<Evidence> of(long measureId) {
    return byMeasure.computeIfAbsent(
        measureId, id -> user.actor().map(actor -> chain.of(actor, id)).orElse(List.of()));
  }
}
