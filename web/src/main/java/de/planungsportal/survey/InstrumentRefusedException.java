package de.planungsportal.survey;

import de.planungsportal.common.InvalidInputException;
import java.util.List;

/**
 * An instrument (saved from the builder or imported from JSON) that breaks rules: all of them, so
 * they can be corrected in one go. Nothing has been stored.
 */
public class InstrumentRefusedException extends InvalidInputException {

  private final transient List<InstrumentProblem> problems;

  public InstrumentRefusedException(List<InstrumentProblem> problems) {
    super("instrument.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<InstrumentProblem> problems() {
    return problems;
  }
}
