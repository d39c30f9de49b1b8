package de.planungsportal.planning;

import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.area.School;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A measure of a goal: who does what, where, by when, for how much, and how success shows. The
 * areas and schools are the area versions it was planned with. Copies across versions share the
 * lineage; progress reports attach to the published copy.
 */
@Entity
@Table(name = "measure")
public class Measure implements Serializable {

  /** How the planner consolidated a proposed measure. */
  public enum ProposalDecision {
    ACCEPTED,
    EDITED,
    MERGED,
    REJECTED
  }

  /** The editable content of a measure, as one value (a form submits all of it at once). */
  public record Content(
      String title,
      String description,
      Department ownerDepartment,
      BigDecimal budgetEur,
      LocalDate startDate,
      LocalDate dueDate,
      String indicator,
      String indicatorUnit,
      BigDecimal indicatorBaseline,
      BigDecimal indicatorTarget,
      MeasureStatus status,
      List<Area> areas,
      List<School> schools) {

    public Content {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(ownerDepartment, "ownerDepartment");
      budgetEur = budgetEur == null ? BigDecimal.ZERO : budgetEur;
      status = status == null ? MeasureStatus.PLANNED : status;
      areas = areas == null ? List.of() : List.copyOf(areas);
      schools = schools == null ? List.of() : List.copyOf(schools);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "goal_id")
  private Goal goal;

  @Column(nullable = false, length = 36, updatable = false)
  private String lineage;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(columnDefinition = "TEXT")
  private String description;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_department_id")
  private Department ownerDepartment;

  @Column(name = "budget_eur", nullable = false, precision = 14, scale = 2)
  private BigDecimal budgetEur = BigDecimal.ZERO;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(length = 300)
  private String indicator;

  @Column(name = "indicator_unit", length = 40)
  private String indicatorUnit;

  @Column(name = "indicator_baseline", precision = 14, scale = 2)
  private BigDecimal indicatorBaseline;

  @Column(name = "indicator_target", precision = 14, scale = 2)
  private BigDecimal indicatorTarget;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeasureStatus status = MeasureStatus.PLANNED;

  @ManyToMany
  @JoinTable(
      name = "measure_area",
      joinColumns = @JoinColumn(name = "measure_id"),
      inverseJoinColumns = @JoinColumn(name = "area_id"))
  private List<Area> areas = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "measure_school",
      joinColumns = @JoinColumn(name = "measure_id"),
      inverseJoinColumns = @JoinColumn(name = "school_id"))
  private List<School> schools = new ArrayList<>();

  /**
   * The evidence chain: the indicators the measure is meant to move (see the indicator feature).
   */
  @ElementCollection
  @CollectionTable(name = "measure_indicator", joinColumns = @JoinColumn(name = "measure_id"))
  private List<IndicatorTarget> indicatorTargets = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "carried_over_from", updatable = false)
  private Measure carriedOverFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal_decision", length = 20)
  private ProposalDecision proposalDecision;

  @Column(name = "proposal_reason", columnDefinition = "TEXT")
  private String proposalReason;

  @Version private int version;

  protected Measure() {}

  Measure(Goal goal, String lineage, int position, Content content) {
    this.goal = goal;
    this.lineage = lineage;
    this.position = position;
    apply(content);
  }

  Measure copyInto(Goal target, int newPosition) {
    Measure copy = new Measure(target, lineage, newPosition, content());
    copy.carriedOverFrom = carriedOverFrom;
    copy.indicatorTargets = new ArrayList<>(indicatorTargets);
    return copy;
  }

  /** A measure of a new cycle that continues this one, still open at the end of its cycle. */
  Measure carryOverInto(Goal target, int newPosition) {
    Measure copy = new Measure(target, Goal.newLineage(), newPosition, content());
    copy.carriedOverFrom = this;
    copy.indicatorTargets = new ArrayList<>(indicatorTargets);
    return copy;
  }

  void edit(Content content) {
    goal.requireEditable();
    apply(content);
  }

  void linkIndicators(List<IndicatorTarget> targets) {
    goal.requireEditable();
    this.indicatorTargets = new ArrayList<>(targets);
  }

  void moveTo(Goal target, int newPosition) {
    goal.requireEditable();
    target.requireEditable();
    this.goal = target;
    this.position = newPosition;
  }

  /** Consolidation records what became of a proposal; plan measures have no such decision. */
  void decideProposal(ProposalDecision decision, String reason) {
    if (goal.isPlanned()) {
      throw new IllegalStateException("Measure " + id + " is not a proposal");
    }
    this.proposalDecision = decision;
    this.proposalReason = reason;
  }

  private void apply(Content content) {
    this.title = content.title();
    this.description = content.description();
    this.ownerDepartment = content.ownerDepartment();
    this.budgetEur = content.budgetEur();
    this.startDate = content.startDate();
    this.dueDate = content.dueDate();
    this.indicator = content.indicator();
    this.indicatorUnit = content.indicatorUnit();
    this.indicatorBaseline = content.indicatorBaseline();
    this.indicatorTarget = content.indicatorTarget();
    this.status = content.status();
    this.areas = new ArrayList<>(content.areas());
    this.schools = new ArrayList<>(content.schools());
  }

  public Content content() {
    return new Content(
        title,
        description,
        ownerDepartment,
        budgetEur,
        startDate,
        dueDate,
        indicator,
        indicatorUnit,
        indicatorBaseline,
        indicatorTarget,
        status,
        areas,
        schools);
  }

  public boolean isCarriedOver() {
    return carriedOverFrom != null;
  }

  public Long getId() {
    return id;
  }

  public Goal getGoal() {
    return goal;
  }

  public String getLineage() {
    return lineage;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Department getOwnerDepartment() {
    return ownerDepartment;
  }

  public BigDecimal getBudgetEur() {
    return budgetEur;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getIndicator() {
    return indicator;
  }

  public String getIndicatorUnit() {
    return indicatorUnit;
  }

  public BigDecimal getIndicatorBaseline() {
    return indicatorBaseline;
  }

  public BigDecimal getIndicatorTarget() {
    return indicatorTarget;
  }

  public MeasureStatus getStatus() {
    return status;
  }

  public List<Area> getAreas() {
    return List.copyOf(areas);
  }

  public List<School> getSchools() {
    return List.copyOf(schools);
  }

  public List<IndicatorTarget> getIndicatorTargets() {
    return List.copyOf(indicatorTargets);
  }

  public Measure getCarriedOverFrom() {
    return carriedOverFrom;
  }

  public ProposalDecision getProposalDecision() {
    return proposalDecision;
  }

  public String getProposalReason() {
    return proposalReason;
  }

  public int getVersion() {
    return version;
  }
}
