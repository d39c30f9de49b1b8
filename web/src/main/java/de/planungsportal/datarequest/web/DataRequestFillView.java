package de.planungsportal.datarequest.web;

import de.planungsportal.datarequest.AnswerSheet;
import de.planungsportal.datarequest.DataRequestAnswers;
import de.planungsportal.datarequest.Figures;
import de.planungsportal.datarequest.Plausibility;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs datarequest/fill.xhtml?request=&amp;school=: the school contact enters the figures, sees
 * which look implausible, corrects or explains them, and submits (after confirmation).
 */
@Named
@ViewScoped
public class DataRequestFillView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataRequestAnswers answers;
  @Inject private CurrentActor user;

  private String request;
  private String school;
  private AnswerSheet sheet;
  private final Map<Long, String> figures = new HashMap<>();
  private final Map<Long, String> explanations = new HashMap<>();

  public void load() {
    sheet =
        DataRequestPages.load(
                user.require().has(Role.SCHOOL_CONTACT),
                () ->
                    Pages.id(request)
                        .map(id -> answers.sheet(user.require(), id, Pages.id(school).orElse(null)))
                        .orElse(null))
            .orElse(null);
    if (sheet != null) {
      NumberFormat format =
          NumberFormat.getNumberInstance(
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
      format.setGroupingUsed(false);
      format.setMaximumFractionDigits(4);
      for (AnswerSheet.Line line : sheet.lines()) {
        figures.put(line.fieldId(), line.value() == null ? null : format.format(line.value()));
        explanations.put(line.fieldId(), line.explanation());
      }
    }
  }

  /** Stores the figures as entered and shows what looks implausible. */
  public void check() {
    if (UserChange.apply(
        () ->
            sheet =
                answers.save(
                    user.require(), sheet.requestId(), sheet.schoolId(), parsed(), explanations))) {
      Messages.info(
          sheet.findings().isEmpty()
              ? "datarequest.fill.plausible"
              : "datarequest.fill.savedWithFindings");
    }
  }

  /** Submits; when refused, shows the findings of the figures as entered (nothing stored). */
  public String submit() {
    if (UserChange.apply(
        () ->
            answers.submit(
                user.require(), sheet.requestId(), sheet.schoolId(), parsed(), explanations))) {
      return "/datarequest/mine?faces-redirect=true&notice=dataRequestSubmitted";
    }
    UserChange.apply(
        () ->
            sheet =
                answers.preview(
                    user.require(), sheet.requestId(), sheet.schoolId(), parsed(), explanations));
    return null;
  }

  private Map<Long, BigDecimal> parsed() {
    Map<Long, BigDecimal> values = new HashMap<>();
    for (AnswerSheet.Line line : sheet.lines()) {
      values.put(line.fieldId(), Figures.parse(figures.get(line.fieldId()), line.label()));
    }
    return values;
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

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public AnswerSheet getSheet() {
    return sheet;
  }

  public Map<Long, String> getFigures() {
    return figures;
  }

  public Map<Long, String> getExplanations() {
    return explanations;
  }
}
