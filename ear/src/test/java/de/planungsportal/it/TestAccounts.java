package de.planungsportal.it;

import java.util.UUID;

/**
 * Accounts a test creates for itself, so that locking, password changes or sign-outs never touch
 * the demo accounts other tests use. They get the demo password.
 */
public final class TestAccounts {

  /** bcrypt (cost 12, as in production) of {@link DemoAccounts#PASSWORD}, as in the demo data. */
  static final String DEMO_PASSWORD_HASH =
      "$2a$12$3wNdjcIcOO6xQR8rbVsGK.KiHLlZ/iYkWqjsdNqMcQhmc7pL0Jjfu";

  private TestAccounts() {}

  /** A new enabled account of the organisation with the given unscoped roles; its user name. */
  public static String create(String organisationCode, String... roles) {
    String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO account (organisation_id, username, display_name, email, password_hash)"
            + " SELECT id, ?, ?, ?, ? FROM organisation WHERE code = ?",
        username,
        "Test " + username,
        username + "@test.example",
        DEMO_PASSWORD_HASH,
        organisationCode);
    for (String role : roles) {
      Database.update(
          "INSERT INTO role_grant (account_id, role) SELECT id, ? FROM account WHERE username = ?",
          role,
          username);
    }
    return username;
  }

  public static long idOf(String username) {
    return Database.count("SELECT id FROM account WHERE username = ?", username);
  }
}
