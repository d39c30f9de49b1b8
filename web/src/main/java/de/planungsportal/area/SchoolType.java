package de.planungsportal.area;

/**
 * Kinds of institution in the register the portal addresses (table school): the school types across
 * the German states, and day-care centres (KITA), which receive data requests and have contacts and
 * areas like schools but no classes or grades. The UI shows them translated.
 */
public enum SchoolType {
  GRUNDSCHULE,
  HAUPTSCHULE,
  REALSCHULE,
  REALSCHULE_PLUS,
  OBERSCHULE,
  GESAMTSCHULE,
  GYMNASIUM,
  FOERDERSCHULE,
  BERUFSBILDENDE_SCHULE,
  OTHER,
  KITA;

  /**
   * Whether institutions of this kind teach classes by grade, so survey waves can sample them and
   * grade-based figures apply: every school type, but not a day-care centre.
   */
  public boolean hasClasses() {
    return this != KITA;
  }
}
