package de.planungsportal.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A goal within a focus area (Handlungsfeld), either in a version of the work plan or proposed in a
 * contribution. Copies of one goal across versions share its lineage.
 */
@Entity
@Table(name = "goal")
public class Goal implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id", updatable = false)
  private WorkPlanVersion workPlanVersion;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contribution_id", updatable = false)
  private Contribution contribution;

  @Column(nullable = false, length = 36, updatable = false)
  private String lineage;

  @Column(nullable = false)
  private int position;

  @Column(name = "focus_area", nullable = false, length = 200)
  private String focusArea;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(columnDefinition = "TEXT")
  private String description;

  @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Measure> measures = new ArrayList<>();

  @Version private int version;

  protected Goal() {}

  private Goal(String lineage, int position, String focusArea, String title, String description) {
    this.lineage = lineage;
    this.position = position;
    this.focusArea = focusArea;
    this.title = title;
    this.description = description;
  }

  static Goal plannedIn(
      WorkPlanVersion version, int position, String focusArea, String title, String description) {
    Goal goal = new Goal(newLineage(), position, focusArea, title, description);
    goal.workPlanVersion = version;
    return goal;
  }

  static Goal proposedIn(
      Contribution contribution, int position, String focusArea, String title, String description) {
    Goal goal = new Goal(newLineage(), position, focusArea, title, description);
    goal.contribution = contribution;
    return goal;
  }

  static String newLineage() {
    return UUID.randomUUID().toString();
  }

  /** A copy with the same lineage and measures in another version. */
  Goal copyInto(WorkPlanVersion target, int newPosition) {
    Goal copy = new Goal(lineage, newPosition, focusArea, title, description);
    copy.workPlanVersion = target;
    measures.forEach(copy::copyMeasure);
    return copy;
  }

  /** The same goal (lineage, texts) without measures in another version, to adopt proposals. */
  Goal shellInto(WorkPlanVersion target, int newPosition) {
    Goal copy = new Goal(lineage, newPosition, focusArea, title, description);
    copy.workPlanVersion = target;
    return copy;
  }

  /** Continues an open measure of an earlier cycle here, marked as carried over. */
  Measure carryOver(Measure source) {
    requireEditable();
    Measure copy = source.carryOverInto(this, measures.size());
    measures.add(copy);
    return copy;
  }

  /** Whether this goal is part of a plan version, not a proposal. */
  public boolean isPlanned() {
    return workPlanVersion != null;
  }

  void requireEditable() {
    if (workPlanVersion != null) {
      workPlanVersion.requireDraft();
    } else {
      contribution.requireOpen();
    }
  }

  void edit(String focusArea, String title, String description) {
    requireEditable();
    this.focusArea = focusArea;
    this.title = title;
    this.description = description;
  }

  void moveTo(int position) {
    requireEditable();
    this.position = position;
  }

  Measure addMeasure(Measure.Content content) {
    requireEditable();
    Measure measure = new Measure(this, Goal.newLineage(), measures.size(), content);
    measures.add(measure);
    return measure;
  }

  /** Copies a measure of another version or a proposal into this goal, keeping its lineage. */
  Measure copyMeasure(Measure source) {
    requireEditable();
    Measure copy = source.copyInto(this, measures.size());
    measures.add(copy);
    return copy;
  }

  void removeMeasure(Measure measure) {
    requireEditable();
    measures.remove(measure);
  }

  public Long getId() {
    return id;
  }

  public WorkPlanVersion getWorkPlanVersion() {
    return workPlanVersion;
  }

  public Contribution getContribution() {
    return contribution;
  }

  public String getLineage() {
    return lineage;
  }

  public int getPosition() {
    return position;
  }

  public String getFocusArea() {
    return focusArea;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public List<Measure> getMeasures() {
    return List.copyOf(measures);
  }

  public int getVersion() {
    return version;
  }
}
