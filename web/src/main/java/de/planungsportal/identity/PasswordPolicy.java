package de.planungsportal.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy, after NIST SP 800-63B and BSI IT-Grundschutz ORP.4: length over
 * composition rules, no obvious choices. Returns message keys of the rules broken.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 64;

  /** bcrypt ignores everything after 72 bytes. */
  static final int MAX_BYTES = 72;

  private static final Set<String> COMMON =
      Set.of(
          "passwort1234",
          "password1234",
          "123456789012",
          "qwertzuiopü",
          "qwertyuiop12",
          "hallo1234567",
          "sommer2026!!",
          "musterland-2026",
          "willkommen123",
          "planungsportal");

  private PasswordPolicy() {}

  public static List<String> violations(String username, String password) {
    List<String> broken = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      broken.add("password.tooShort");
      return broken;
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH
        || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      broken.add("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      broken.add("password.containsUsername");
    }
    if (password.codePoints().distinct().count() < 4 || COMMON.contains(lower)) {
      broken.add("password.tooSimple");
    }
    return broken;
  }
}
