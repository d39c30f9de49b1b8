package de.planungsportal.datarequest.web;

import de.planungsportal.area.SchoolType;
import de.planungsportal.datarequest.AnswerSheet;
import de.planungsportal.datarequest.DataRequest;
import de.planungsportal.datarequest.DataRequestService;
import de.planungsportal.datarequest.Plausibility;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs datarequest/request.xhtml?request=: a sent request with each school's status and answer,
 * where the planner accepts an answer or returns it with a reason (both after confirmation).
 */
@Named
@ViewScoped
public class DataRequestDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataRequestService requests;
  @Inject private CurrentActor user;

  private String request;
  private DataRequest stored;
  private List<AnswerSheet> answers;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    stored =
        DataRequestPages.load(
                user.require().has(Role.PLANNER),
                () ->
                    Pages.id(request)
                        .flatMap(id -> requests.find(user.require(), id))
                        .orElseThrow(() -> new AccessDeniedException("request " + request)))
            .orElse(null);
    if (stored != null) {
      answers = requests.answers(user.require(), stored.getId());
    }
  }

  public void accept(AnswerSheet sheet) {
    if (UserChange.apply(() -> requests.accept(user.require(), stored.getId(), sheet.schoolId()))) {
      Messages.info("datarequest.review.acceptedNotice", sheet.schoolName());
      load();
    }
  }

  public void returnAnswer(AnswerSheet sheet) {
    if (UserChange.apply(
        () ->
            requests.returnAnswer(
                user.require(), stored.getId(), sheet.schoolId(), reasons.get(sheet.schoolId())))) {
      if (sheet.schoolType() == SchoolType.KITA) {
        Messages.info("datarequest.review.returnedNoticeKita", sheet.schoolName());
      } else {
        Messages.info("datarequest.review.returnedNotice", sheet.schoolName());
      }
      reasons.remove(sheet.schoolId());
      load();
    }
  }

  public String finding(Plausibility.Finding finding) {
    return DataRequestPages.text(finding);
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public DataRequest getStored() {
    return stored;
  }

  public List<AnswerSheet> getAnswers() {
    return answers;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
