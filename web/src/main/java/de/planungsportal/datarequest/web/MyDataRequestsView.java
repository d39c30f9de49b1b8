package de.planungsportal.datarequest.web;

import de.planungsportal.datarequest.DataRequestAnswers;
import de.planungsportal.datarequest.DataRequestAnswers.MyRow;
import de.planungsportal.tenant.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs datarequest/mine.xhtml: the requests to the contact's schools, open ones first. */
@Named
@ViewScoped
public class MyDataRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataRequestAnswers answers;
  @Inject private CurrentActor user;

  private List<MyRow> rows;

  @PostConstruct
  void load() {
    rows = answers.mine(user.require());
  }

  public List<MyRow> getRows() {
    return rows;
  }
}
