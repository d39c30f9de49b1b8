package de.planungsportal.datarequest;

import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A planner's request for figures to schools; editable while a draft, fixed once sent. */
@Entity
@Table(name = "data_request")
public class DataRequest implements Owned, Serializable {

  private static final long serialVersionUID = 1L;

  /** DRAFT while edited, SENT while schools answer, CLOSED when every answer is accepted. */
  public enum State {
    DRAFT,
    SENT,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "reference_year", nullable = false)
  private int referenceYear;

  @Column(name = "reference_day", nullable = false)
  private LocalDate referenceDay;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "reminder_days", nullable = false)
  private int reminderDays = 3;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private State state = State.DRAFT;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "created_on", nullable = false, updatable = false)
  private LocalDate createdOn;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<RequestField> fields = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SumRule> rules = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Recipient> recipients = new ArrayList<>();

  @Version private int version;

  protected DataRequest() {}

  DataRequest(Organisation organisation, String createdBy, LocalDate createdOn) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.createdOn = createdOn;
  }

  @Override
  public Organisation owner() {
    return organisation;
  }

  void describe(String title, LocalDate referenceDay, LocalDate dueOn, int reminderDays) {
    this.title = title;
    this.referenceDay = referenceDay;
    this.referenceYear = referenceDay.getYear();
    this.dueOn = dueOn;
    this.reminderDays = reminderDays;
  }

  void sent(String processInstanceId, LocalDate day) {
    this.processInstanceId = processInstanceId;
    this.sentOn = day;
    this.state = State.SENT;
  }

  void close() {
    state = State.CLOSED;
  }

  public boolean isDraft() {
    return state == State.DRAFT;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getTitle() {
    return title;
  }

  public int getReferenceYear() {
    return referenceYear;
  }

  public LocalDate getReferenceDay() {
    return referenceDay;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public int getReminderDays() {
    return reminderDays;
  }

  public State getState() {
    return state;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  /** The mutable list of fields, for the service that edits a draft. */
  List<RequestField> fields() {
    return fields;
  }

  List<SumRule> rules() {
    return rules;
  }

  List<Recipient> recipients() {
    return recipients;
  }

  public List<RequestField> getFields() {
    return List.copyOf(fields);
  }

  public List<SumRule> getRules() {
    return List.copyOf(rules);
  }

  public List<Recipient> getRecipients() {
    return List.copyOf(recipients);
  }

  public int getVersion() {
    return version;
  }
}
