package de.planungsportal.survey.field;

/**
 * A class's response so far: its codes and how many of them were spent on a submitted
 * questionnaire. Partly answered questionnaires are not counted: their codes are not spent.
 */
public record ClassRate(WaveClass schoolClass, int codes, int spent, boolean sheetAvailable) {

  /** Whole percent of codes spent, rounded down; 0 without codes. */
  public int percent() {
    return codes == 0 ? 0 : (int) (spent * 100L / codes);
  }

  public long classId() {
    return schoolClass.id();
  }

  public String school() {
    return schoolClass.schoolName();
  }

  public String classLabel() {
    return schoolClass.classLabel();
  }
}
