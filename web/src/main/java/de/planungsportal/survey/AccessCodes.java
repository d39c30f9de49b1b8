package de.planungsportal.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * One-time access codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown in groups of four. 31^12 (about 2^59) codes make guessing hopeless at the entry page's rate
 * limit. Only a salted SHA-256 hash is stored; the code itself exists on the paper slip alone.
 */
public final class AccessCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 12;

  private AccessCodes() {}

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

  /**
   * A fresh code: {@link #LENGTH} characters drawn uniformly from the alphabet. Pass a {@link
   * java.security.SecureRandom}: the code is the only secret between a respondent and the survey.
   */
  public static String generate(Random random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
