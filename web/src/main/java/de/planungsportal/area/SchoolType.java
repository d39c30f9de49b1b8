package de.planungsportal.area;

/** School types across the German states; the UI shows them translated. */
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
  OTHER
}
