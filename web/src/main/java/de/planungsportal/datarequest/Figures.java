package de.planungsportal.datarequest;

import de.planungsportal.common.InvalidInputException;
import java.math.BigDecimal;

/** Reads a figure as people type it: "1.234,5" or "1234.5" or "1 234"; blank is no figure. */
public final class Figures {

  private Figures() {}

  /**
   * The figure, or null for blank text. A comma is the decimal separator when there is one; dots
   * and spaces before it group thousands. Refused (InvalidInputException naming the field) when it
   * is no number.
   */
  public static BigDecimal parse(String text, String fieldLabel) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replace(" ", "").replace("\u00a0", "");
    if (plain.contains(",")) {
      plain = plain.replace(".", "").replace(',', '.');
    } else if (plain.matches("-?\\d{1,3}(\\.\\d{3})+")) {
      plain = plain.replace(".", "");
    }
    if (!plain.matches("-?\\d{1,12}(\\.\\d{1,4})?")) {
      throw new InvalidInputException("datarequest.fill.notANumber", fieldLabel);
    }
    return new BigDecimal(plain);
  }
}
