package de.planungsportal.datarequest.web;

import de.planungsportal.datarequest.DataRequest;
import de.planungsportal.datarequest.DataRequestForm;
import de.planungsportal.datarequest.DataRequestService;
import de.planungsportal.datarequest.DataRequestService.Choice;
import de.planungsportal.datarequest.DataRequestService.Institution;
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
import java.util.List;

/**
 * Backs datarequest/edit.xhtml?request=: a new request or a draft with its fields, sum rules and
 * institutions asked (schools and day-care centres); saving and sending (after confirmation). A
 * sent request opens read-only on its page.
 */
@Named
@ViewScoped
public class DataRequestEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataRequestService requests;
  @Inject private CurrentActor user;

  private String request;
  private DataRequestForm form;
  private List<Choice> indicators;
  private List<Institution> institutions;

  public String load() {
    boolean planner = user.require().has(Role.PLANNER);
    if (request == null || request.isBlank()) {
      form =
          DataRequestPages.load(
                  planner,
                  () -> {
                    DataRequestForm blank = new DataRequestForm();
                    blank.getFields().add(new DataRequestForm.FieldRow());
                    blank.getRules().add(new DataRequestForm.RuleRow());
                    return blank;
                  })
              .orElse(null);
    } else {
      DataRequest stored =
          DataRequestPages.load(
                  planner,
                  () ->
                      Pages.id(request)
                          .flatMap(id -> requests.find(user.require(), id))
                          .orElseThrow(() -> new AccessDeniedException("request " + request)))
              .orElse(null);
      if (stored != null && !stored.isDraft()) {
        return "/datarequest/request?faces-redirect=true&request=" + stored.getId();
      }
      form = stored == null ? null : DataRequestForm.of(stored);
    }
    if (form != null) {
      indicators = requests.indicators(user.require());
      institutions = requests.institutions(user.require());
    }
    return null;
  }

  public void addField() {
    form.getFields().add(new DataRequestForm.FieldRow());
  }

  public void removeField(DataRequestForm.FieldRow row) {
    form.getFields().remove(row);
  }

  public void addRule() {
    form.getRules().add(new DataRequestForm.RuleRow());
  }

  public void removeRule(DataRequestForm.RuleRow row) {
    form.getRules().remove(row);
  }

  public void save() {
    DataRequest[] saved = new DataRequest[1];
    if (UserChange.apply(() -> saved[0] = requests.save(user.require(), form))) {
      form = DataRequestForm.of(saved[0]);
      Messages.info("datarequest.saved");
    }
  }

  public String send() {
    DataRequest[] sent = new DataRequest[1];
    return UserChange.apply(() -> sent[0] = requests.send(user.require(), form))
        ? "/datarequest/request?faces-redirect=true&notice=dataRequestSentToInstitutions&request="
            + sent[0].getId()
        : null;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public DataRequestForm getForm() {
    return form;
  }

  public List<Choice> getIndicators() {
    return indicators;
  }

  /** Schools first, then day-care centres; the page shows each one's kind. */
  public List<Institution> getInstitutions() {
    return institutions;
  }
}
