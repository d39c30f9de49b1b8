package de.planungsportal.committee.web;

import de.planungsportal.committee.CommitteeDecision;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.SignatureService;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs committee/sign.xhtml?paper=: the chair reads the provisional decision with its tally and
 * signs it, confirming with the password again.
 */
@Named
@ViewScoped
public class SignView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The paper and the decision waiting for the chair's signature. */
  public record Pending(Paper paper, CommitteeDecision decision) {}

  @Inject private PaperService papers;
  @Inject private SignatureService signatures;
  @Inject private CurrentActor user;

  private String paper;
  private Pending pending;
  private transient String password;

  public void load() {
    pending =
        PaperPages.load(
                user.require(),
                PaperPages.CHAIR,
                paper,
                id -> {
                  Paper found = papers.paper(user.require(), id);
                  CommitteeDecision decision = signatures.pending(user.require(), id);
                  PaperPages.requireAt(decision != null && !decision.isSigned());
                  return new Pending(found, decision);
                })
            .orElse(null);
  }

  public String sign() {
    String given = password;
    // the password lives no longer than this request, whatever the outcome
    password = null;
    return UserChange.apply(() -> signatures.sign(user.require(), pending.paper().getId(), given))
        ? PaperPages.toTaskList("decisionSigned")
        : null;
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }

  public Pending getPending() {
    return pending;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
