package de.planungsportal.committee.web;

import de.planungsportal.committee.CommitteeDecision;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.SignatureService;
import de.planungsportal.identity.FreshSignIn;
import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * Backs committee/sign.xhtml?paper=: the chair reads the provisional decision with its tally and
 * signs it, confirming with the password again or, with single sign-on, by signing in at the
 * provider again ({@link FreshSignIn}), after which the page signs on its return.
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
  @Inject private SingleSignOn singleSignOn;
  @Inject private FreshSignIn freshSignIn;

  private String paper;
  private Pending pending;
  private transient String password;
  private String freshSignInAnswer;

  public String load() {
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
    if (pending == null || !singleSignOn.isEnabled()) {
      return null;
    }
    if ("stale".equals(freshSignInAnswer)) {
      Messages.error("committee.sign.sso.stale");
      return null;
    }
    // back from the provider: the sign-in was checked fresh; the chair confirmed before leaving
    return freshSignIn
        .take(request(), user.require().username(), purpose())
        .map(
            c ->
                UserChange.apply(
                        () ->
                            signatures.signAfterFreshSignIn(
                                user.require(), pending.paper().getId(), c.authTime()))
                    ? Pages.toTaskList("decisionSigned")
                    : null)
        .orElse(null);
  }

  public String sign() {
    String given = password;
    // the password lives no longer than this request, whatever the outcome
    password = null;
    return UserChange.apply(
            () ->
                signatures.sign(
                    user.require(), pending.paper().getId(), given, request().getRemoteAddr()))
        ? Pages.toTaskList("decisionSigned")
        : null;
  }

  /** Leaves through the single sign-on provider, which must ask for the password again. */
  public void signWithSingleSignOn() throws IOException {
    long id = pending.paper().getId();
    String path =
        freshSignIn.start(
            request(), user.require().username(), purpose(), "/committee/sign.xhtml?paper=" + id);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  private String purpose() {
    return "sign-paper:" + pending.paper().getId();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getFreshSignIn() {
    return freshSignInAnswer;
  }

  public void setFreshSignIn(String answer) {
    this.freshSignInAnswer = answer;
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
