package de.planungsportal.survey;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the planner enters for a wave on its editor: the facts of its privacy page, the
 * questionnaire version, the target group with consent, the field period and the code settings.
 * Checked by {@link WaveService}; an id names the draft being edited, none a new one.
 */
public class WaveForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String title;
  private String purpose;
  private String legalBasis;
  private String privacyContact;
  private Long questionnaireVersionId;
  private TargetKind targetKind = TargetKind.PUPILS;
  private Integer gradeFrom;
  private Integer gradeTo;
  private ConsentMode consentMode;
  private LocalDate fieldStart;
  private LocalDate fieldEnd;
  private Integer codeMargin = 2;
  private Integer reminderBelowPercent = 50;

  /** The form of a stored wave, as it stands. */
  public static WaveForm of(SurveyWave wave) {
    WaveForm form = new WaveForm();
    form.id = wave.getId();
    form.title = wave.getTitle();
    form.purpose = wave.getPurpose();
    form.legalBasis = wave.getLegalBasis();
    form.privacyContact = wave.getPrivacyContact();
    form.questionnaireVersionId = wave.getQuestionnaireVersionId();
    form.targetKind = wave.getTargetKind();
    form.gradeFrom = wave.getGradeFrom();
    form.gradeTo = wave.getGradeTo();
    form.consentMode = wave.getConsentMode();
    form.fieldStart = wave.getFieldStart();
    form.fieldEnd = wave.getFieldEnd();
    form.codeMargin = wave.getCodeMargin();
    form.reminderBelowPercent = wave.getReminderBelowPercent();
    return form;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getPrivacyContact() {
    return privacyContact;
  }

  public void setPrivacyContact(String privacyContact) {
    this.privacyContact = privacyContact;
  }

  public Long getQuestionnaireVersionId() {
    return questionnaireVersionId;
  }

  public void setQuestionnaireVersionId(Long questionnaireVersionId) {
    this.questionnaireVersionId = questionnaireVersionId;
  }

  public TargetKind getTargetKind() {
    return targetKind;
  }

  public void setTargetKind(TargetKind targetKind) {
    this.targetKind = targetKind;
  }

  public Integer getGradeFrom() {
    return gradeFrom;
  }

  public void setGradeFrom(Integer gradeFrom) {
    this.gradeFrom = gradeFrom;
  }

  public Integer getGradeTo() {
    return gradeTo;
  }

  public void setGradeTo(Integer gradeTo) {
    this.gradeTo = gradeTo;
  }

  public ConsentMode getConsentMode() {
    return consentMode;
  }

  public void setConsentMode(ConsentMode consentMode) {
    this.consentMode = consentMode;
  }

  public LocalDate getFieldStart() {
    return fieldStart;
  }

  public void setFieldStart(LocalDate fieldStart) {
    this.fieldStart = fieldStart;
  }

  public LocalDate getFieldEnd() {
    return fieldEnd;
  }

  public void setFieldEnd(LocalDate fieldEnd) {
    this.fieldEnd = fieldEnd;
  }

  public Integer getCodeMargin() {
    return codeMargin;
  }

  public void setCodeMargin(Integer codeMargin) {
    this.codeMargin = codeMargin;
  }

  public Integer getReminderBelowPercent() {
    return reminderBelowPercent;
  }

  public void setReminderBelowPercent(Integer reminderBelowPercent) {
    this.reminderBelowPercent = reminderBelowPercent;
  }
}
