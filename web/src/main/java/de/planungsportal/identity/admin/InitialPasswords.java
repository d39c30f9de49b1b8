package de.planungsportal.identity.admin;

import java.security.SecureRandom;

/**
 * Random initial passwords an admin hands over once; easy to read aloud (no 0/O, 1/l/I) and about
 * 80 bits strong.
 */
final class InitialPasswords {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFHJKLMNPRTUVWXY23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InitialPasswords() {}

  static String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
