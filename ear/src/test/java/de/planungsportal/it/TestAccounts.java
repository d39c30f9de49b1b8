package de.planungsportal.it;

import java.util.UUID;

/**
 * Accounts a test creates for itself, so that locking, password changes or sign-outs never touch
 * the demo accounts other tests use. They get the demo password.
 */
public final class TestAccounts {

  /**
   * bcrypt of {@link DemoAccounts#PASSWORD} at bcrypt's lowest cost, 4. The server's realm checks a
   * hash of any cost the same way; at production cost (12, as the demo accounts and every hash the
   * portal makes) each sign-in cost ~0.3 s of server CPU, and BadInputIT alone signs test accounts
   * in over 300 times. The production cost is {@code PasswordHasherTest}'s concern.
   */
  static final String DEMO_PASSWORD_HASH =
      "$2a$04$7Fn91xky8BiyNtuC2mqJXef6DhLGM.JxunUSCjjf7K0rhisFSNYu.";

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
