package de.planungsportal.survey;

import de.planungsportal.common.Translatable;
import java.io.Serializable;
import java.util.List;

/**
 * One rule an instrument breaks: a message key of the "msg" bundle and its arguments, the first of
 * which names the place (a {@link Translatable}, so it is shown in the reader's language).
 */
public record InstrumentProblem(String messageKey, List<Object> arguments) implements Serializable {

  public InstrumentProblem {
    arguments = List.copyOf(arguments);
  }

  public static InstrumentProblem of(String messageKey, Object... arguments) {
    return new InstrumentProblem(messageKey, List.of(arguments));
  }

  public Object[] argumentArray() {
    return arguments.toArray();
  }
}
