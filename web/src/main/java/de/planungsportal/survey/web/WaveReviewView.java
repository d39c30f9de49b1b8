package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.WaveReviewService;
import de.planungsportal.survey.WaveReviewService.Review;
import de.planungsportal.survey.WaveReviewService.Step;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * Backs survey/review-data-protection.xhtml and review-school-authority.xhtml?wave=: the reviewer
 * reads the submitted wave and approves the revision read, or returns the wave with reasons.
 */
@Named
@ViewScoped
public class WaveReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WaveReviewService reviews;
  @Inject private CurrentActor user;

  private String wave;
  private Step step;
  private Review review;
  private int revision;
  private String reasons;

  /** Opens the form of a step (DATA_PROTECTION or SCHOOL_AUTHORITY, fixed by the page). */
  public void load(String stepName) {
    step = Step.valueOf(stepName);
    if (!user.require().has(step.role())) {
      Pages.sendError(403);
      return;
    }
    Optional<Long> id = Pages.id(wave);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      review = reviews.open(user.require(), step, id.get());
      revision = review.wave().getRevision();
    } catch (AccessDeniedException e) {
      Pages.sendError(404);
    } catch (InvalidInputException e) {
      Messages.error(e);
    }
  }

  public String approve() {
    return decide(true, null) ? Pages.toTaskList("waveApproved") : null;
  }

  public String giveBack() {
    return decide(false, reasons) ? Pages.toTaskList("waveReturned") : null;
  }

  private boolean decide(boolean approved, String text) {
    long id = review.wave().getId();
    return UserChange.apply(
        () -> reviews.decide(user.require(), step, id, revision, approved, text));
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public Review getReview() {
    return review;
  }

  public int getRevision() {
    return revision;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}
