package de.planungsportal.survey.field;

/**
 * The grade band a class's codes carry into its responses: two grades, starting at an odd grade
 * (1-2, 3-4, … 11-12), and grade 13 on its own as "13". Responses never name the class or its exact
 * grade, so a band of two grades keeps a small class from being picked out in the results.
 */
public final class GradeBands {

  private GradeBands() {}

  public static String of(int grade) {
    if (grade < 1 || grade > 13) {
      throw new IllegalArgumentException("No school grade: " + grade);
    }
    if (grade == 13) {
      return "13";
    }
    int first = grade % 2 == 1 ? grade : grade - 1;
    return first + "-" + (first + 1);
  }
}
