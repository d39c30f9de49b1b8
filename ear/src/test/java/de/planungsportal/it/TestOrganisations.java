package de.planungsportal.it;

import java.util.UUID;

/**
 * Organisations a test creates for itself, so that what its admin creates, changes or is refused
 * never shows up in the demo organisations other tests read.
 */
public final class TestOrganisations {

  private TestOrganisations() {}

  /** A new district without data; its code. */
  public static String create() {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO organisation (code, name, kind) VALUES (?, ?, 'DISTRICT')",
        code,
        "Testkreis " + code);
    return code;
  }

  public static long idOf(String code) {
    return Database.count("SELECT id FROM organisation WHERE code = ?", code);
  }
}
