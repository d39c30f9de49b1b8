package de.planungsportal.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time access codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown in groups of four. 31^12 (about 2^59) codes make guessing hopeless at the entry page's rate
 * limit. Only a salted SHA-256 hash is stored; the code itself exists on the paper slip alone.
 */
public final class AccessCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessCodes() {}

  /** A new random code in its display form, e.g. {@code K7QM-4XPA-2HTR}. */
  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The canonical form of what someone typed: upper case, without spaces and dashes; empty if it
   * cannot be a code at all (then no hash is computed and no database is asked).
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }

  /**
   * The stored form: hex SHA-256 of {@code salt:code} (MariaDB: SHA2(CONCAT(salt, ':', code),
   * 256)).
   */
  public static String hash(String salt, String normalizedCode) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] bytes = digest.digest((salt + ":" + normalizedCode).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A new salt for a wave: 16 random bytes as 32 hex characters. */
  public static String newSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt);
  }
}
