package de.planungsportal.planning.web;

import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.PlanEditing;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Backs planning/contribute.xhtml?cycle=[&department=]: a department's contribution to a cycle, its
 * note, goals and measures, and its submission. A contributor for several departments picks one.
 */
@Named
@ViewScoped
public class ContributionView extends PlanEditorView {

  private static final long serialVersionUID = 1L;

  @Inject private ContributionService contributions;

  private String cycle;
  private String department;
  private long cycleId;
  private List<Contribution> mine = List.of();
  private Contribution contribution;
  private String note;

  public void load() {
    Optional<Long> id = Pages.id(cycle);
    contribution =
        TaskForms.load(
                user.require(),
                Role.DEPARTMENT_CONTRIBUTOR,
                () -> id.flatMap(c -> choose(contributions.mine(user.require(), c))))
            .orElse(null);
    if (contribution != null) {
      cycleId = id.get();
      note = contribution.getNote();
    }
  }

  private Optional<Contribution> choose(List<Contribution> found) {
    mine = found;
    Optional<Long> wanted = Pages.id(department);
    return found.stream()
        .filter(c -> wanted.isEmpty() || wanted.get().equals(c.getDepartment().getId()))
        .findFirst();
  }

  @Override
  protected void reload() {
    mine = contributions.mine(user.require(), cycleId);
    long id = contribution.getId();
    contribution = mine.stream().filter(c -> c.getId() == id).findFirst().orElse(null);
    if (contribution != null) {
      note = contribution.getNote();
    }
  }

  public void saveNote() {
    listChanged(
        UserChange.apply(
            () ->
                contributions.setNote(
                    user.require(), contribution.getId(), contribution.getVersion(), note)));
  }

  public void submit() {
    boolean done =
        UserChange.apply(
            () ->
                contributions.submit(
                    user.require(), contribution.getId(), contribution.getVersion()));
    submitted(done, "planning.contribute.submitted");
  }

  @Override
  protected PlanEditing editing() {
    return contributions;
  }

  @Override
  protected long goalOwnerId() {
    return contribution.getId();
  }

  /** A department's measures start as its own. */
  @Override
  protected Long newMeasureDepartmentId() {
    return contribution.getDepartment().getId();
  }

  public boolean isEditable() {
    return contribution != null && contribution.isOpen();
  }

  public Contribution getContribution() {
    return contribution;
  }

  public List<Contribution> getMine() {
    return mine;
  }

  public long getCycleId() {
    return cycleId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }
}
