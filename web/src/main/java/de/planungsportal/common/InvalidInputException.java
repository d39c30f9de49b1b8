package de.planungsportal.common;

import java.util.List;

/**
 * Input a user can correct: carries a message-bundle key and its arguments, shown translated next
 * to the form (or as a 400 problem for REST clients). Nothing has been changed.
 */
public class InvalidInputException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
