package de.planungsportal.datarequest;

import de.planungsportal.area.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/** A school asked by a data request, and where its answer stands. */
@Entity
@Table(name = "data_request_recipient")
public class Recipient implements Serializable {

  private static final long serialVersionUID = 1L;

  /** OPEN until first submitted; RETURNED answers are corrected and submitted again. */
  public enum State {
    OPEN,
    SUBMITTED,
    RETURNED,
    ACCEPTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private DataRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id", updatable = false)
  private School school;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private State state = State.OPEN;

  @Column(name = "return_reason", length = 2000)
  private String returnReason;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "submitted_by", length = 80)
  private String submittedBy;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Column(name = "reviewed_by", length = 80)
  private String reviewedBy;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "overdue_since")
  private LocalDate overdueSince;

  @Version private int version;

  protected Recipient() {}

  Recipient(DataRequest request, School school) {
    this.request = request;
    this.school = school;
  }

  /** The school's contacts can still enter figures. */
  public boolean isAnswerable() {
    return request.getState() == DataRequest.State.SENT
        && (state == State.OPEN || state == State.RETURNED);
  }

  void submitted(String by, LocalDate day) {
    state = State.SUBMITTED;
    submittedBy = by;
    submittedOn = day;
  }

  void accepted(String by, LocalDate day) {
    state = State.ACCEPTED;
    reviewedBy = by;
    reviewedOn = day;
  }

  void returned(String by, LocalDate day, String reason) {
    state = State.RETURNED;
    reviewedBy = by;
    reviewedOn = day;
    returnReason = reason;
  }

  /** Marks the first reminder; false if the school was reminded before (mail once). */
  boolean remind(LocalDate day) {
    if (remindedOn != null) {
      return false;
    }
    remindedOn = day;
    return true;
  }

  /** Marks the school overdue; false if it was already (escalate once). */
  boolean overdue(LocalDate day) {
    if (overdueSince != null) {
      return false;
    }
    overdueSince = day;
    return true;
  }

  public Long getId() {
    return id;
  }

  public DataRequest getRequest() {
    return request;
  }

  public School getSchool() {
    return school;
  }

  public State getState() {
    return state;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public LocalDate getRemindedOn() {
    return remindedOn;
  }

  public LocalDate getOverdueSince() {
    return overdueSince;
  }

  public int getVersion() {
    return version;
  }
}
