package de.planungsportal.survey;

import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
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

/** One run of a survey in the field, with the facts its privacy page states. */
@Entity
@Table(name = "survey_wave")
public class SurveyWave implements Owned, Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "target_group", nullable = false, length = 200)
  private String targetGroup;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "legal_basis", nullable = false, length = 500)
  private String legalBasis;

  @Column(name = "privacy_contact", nullable = false, length = 300)
  private String privacyContact;

  @Column(name = "field_start", nullable = false)
  private LocalDate fieldStart;

  @Column(name = "field_end", nullable = false)
  private LocalDate fieldEnd;

  @Column(name = "questionnaire_version_id", nullable = false)
  private Long questionnaireVersionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private WaveState state = WaveState.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false, length = 10)
  private TargetKind targetKind = TargetKind.PUPILS;

  @Column(name = "grade_from")
  private Integer gradeFrom;

  @Column(name = "grade_to")
  private Integer gradeTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_mode", nullable = false, length = 16)
  private ConsentMode consentMode = ConsentMode.NONE;

  @Column(name = "code_margin", nullable = false)
  private int codeMargin = 2;

  @Column(name = "reminder_below_percent", nullable = false)
  private int reminderBelowPercent = 50;

  /** Counts submissions for review; approvals name the revision they approved. */
  @Column(nullable = false)
  private int revision;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Version private int version;

  protected SurveyWave() {}

  /** A new draft of the organisation; its facts are set by {@link WaveService}. */
  public SurveyWave(Organisation organisation, String title, long questionnaireVersionId) {
    this.organisation = organisation;
    this.title = title;
    this.questionnaireVersionId = questionnaireVersionId;
    this.targetGroup = "";
    this.purpose = "";
    this.legalBasis = "";
    this.privacyContact = "";
  }

  @Override
  public Organisation owner() {
    return organisation;
  }

  /** A draft, or a wave returned to the draft, may change; a submitted one may not. */
  public boolean isEditable() {
    return state == WaveState.DRAFT;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public void setPrivacyContact(String privacyContact) {
    this.privacyContact = privacyContact;
  }

  public void setFieldPeriod(LocalDate fieldStart, LocalDate fieldEnd) {
    this.fieldStart = fieldStart;
    this.fieldEnd = fieldEnd;
  }

  public void setQuestionnaireVersionId(long questionnaireVersionId) {
    this.questionnaireVersionId = questionnaireVersionId;
  }

  public void setTarget(
      TargetKind targetKind, Integer gradeFrom, Integer gradeTo, ConsentMode consentMode) {
    this.targetKind = targetKind;
    this.gradeFrom = gradeFrom;
    this.gradeTo = gradeTo;
    this.consentMode = consentMode;
  }

  public void setCodeMargin(int codeMargin) {
    this.codeMargin = codeMargin;
  }

  public void setReminderBelowPercent(int reminderBelowPercent) {
    this.reminderBelowPercent = reminderBelowPercent;
  }

  /** Submitted for review: the next revision, which both approvals must name. */
  public int submit() {
    revision++;
    state = WaveState.IN_REVIEW;
    return revision;
  }

  public void setState(WaveState state) {
    this.state = state;
  }

  public void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public int getVersion() {
    return version;
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

  public String getTargetGroup() {
    return targetGroup;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getPrivacyContact() {
    return privacyContact;
  }

  public LocalDate getFieldStart() {
    return fieldStart;
  }

  public LocalDate getFieldEnd() {
    return fieldEnd;
  }

  public Long getQuestionnaireVersionId() {
    return questionnaireVersionId;
  }

  public WaveState getState() {
    return state;
  }

  public TargetKind getTargetKind() {
    return targetKind;
  }

  public Integer getGradeFrom() {
    return gradeFrom;
  }

  public Integer getGradeTo() {
    return gradeTo;
  }

  public ConsentMode getConsentMode() {
    return consentMode;
  }

  public int getCodeMargin() {
    return codeMargin;
  }

  public int getReminderBelowPercent() {
    return reminderBelowPercent;
  }

  public int getRevision() {
    return revision;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
