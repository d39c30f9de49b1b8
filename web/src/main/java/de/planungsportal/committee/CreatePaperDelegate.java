package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Creates the paper a committee-approval instance decides on: a draft for the organisation's
 * (sitting) committee of the called kind, proposing the version the planning cycle passed in. The
 * paper's id becomes the instance's business key.
 */
@Named("createPaper")
@ApplicationScoped
public class CreatePaperDelegate implements JavaDelegate {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String organisationCode = (String) execution.getVariable(ProcessVariables.ORGANISATION_CODE);
    String kind = (String) execution.getVariable(ProcessVariables.COMMITTEE);
    Number versionId = (Number) execution.getVariable(ProcessVariables.WORK_PLAN_VERSION_ID);
    Organisation organisation =
        em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
            .setParameter("code", organisationCode)
            .getSingleResult();
    Committee committee =
        em.createQuery(
                "select c from Committee c where c.organisation = :organisation"
                    + " and c.kind = :kind and c.endedOn is null order by c.id",
                Committee.class)
            .setParameter("organisation", organisation)
            .setParameter("kind", kind)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No sitting committee of kind " + kind + " in " + organisationCode));
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId.longValue());
    int year = version.getCycle().getYear();
    String title = version.getCycle().getTitle() + " (Version " + version.getNumber() + ")";
    Paper paper =
        new Paper(
            organisation,
            committee,
            nextReference(organisation, year),
            title,
            version,
            "Der " + committee.getName() + " stimmt dem " + title + " zu.",
            CommitteeRecords.currentUser(execution));
    em.persist(paper);
    em.flush();
    paper.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setVariable(ProcessVariables.PAPER_ID, paper.getId());
    execution.setVariable(ProcessVariables.COMMITTEE_ID, committee.getId());
    execution.setProcessBusinessKey(paper.getId().toString());
    audit.record(
        paper.getCreatedBy(),
        organisation.getId(),
        "PAPER_CREATED",
        "Paper",
        paper.getId(),
        "Beschlussvorlage " + paper.getReference() + " an " + committee.getName() + ": " + title,
        null);
  }

  /** BV-year-n, n counting the organisation's papers of that year. */
  private String nextReference(Organisation organisation, int year) {
    String prefix = "BV-" + year + "-";
    long taken =
        em.createQuery(
                "select count(p) from Paper p where p.organisation = :organisation"
                    + " and p.reference like :prefix",
                Long.class)
            .setParameter("organisation", organisation)
            .setParameter("prefix", prefix + "%")
            .getSingleResult();
    String reference = prefix + (taken + 1);
    // a secretariat may have renamed a paper to the next number: skip taken ones
    while (!em.createQuery(
            "select p.id from Paper p where p.organisation = :organisation"
                + " and p.reference = :reference")
        .setParameter("organisation", organisation)
        .setParameter("reference", reference)
        .getResultList()
        .isEmpty()) {
      taken++;
      reference = prefix + (taken + 1);
    }
    return reference;
  }
}
