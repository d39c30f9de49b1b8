package de.planungsportal.common;

import jakarta.validation.ConstraintViolation;
import java.util.List;

/**
 * An imported file with problems in some of its lines: all of them, so the file can be corrected in
 * one go. Nothing of the file has been stored.
 */
public class ImportRefusedException extends InvalidInputException {

  /**
   * What is wrong in one line: a message key with arguments, or a violated constraint of the form
   * the line would have become (shown with the constraint's own message).
   *
   * @param column the column's name as in the file's header, or null for the whole line
   */
  public record Problem(
      int line,
      String column,
      String messageKey,
      List<Object> arguments,
      ConstraintViolation<?> violation) {

    public static Problem of(int line, String column, String messageKey, Object... arguments) {
      return new Problem(line, column, messageKey, List.of(arguments), null);
    }

    public static Problem of(int line, String column, ConstraintViolation<?> violation) {
      return new Problem(line, column, null, List.of(), violation);
    }
  }

  private final transient List<Problem> problems;

  public ImportRefusedException(List<Problem> problems) {
    super("import.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
