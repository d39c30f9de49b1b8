package de.planungsportal.results;

import de.planungsportal.common.InvalidInputException;

/** A wave that does not exist, or a question key a wave has no figures for (free text, typo). */
public class NoSuchResultException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public NoSuchResultException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
