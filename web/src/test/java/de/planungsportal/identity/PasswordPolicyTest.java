package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongPassphrase() {
    assertThat(PasswordPolicy.violations("petra", "Fahrrad Laterne Gießkanne 7")).isEmpty();
  }

  @Test
  void rejectsShortPasswords() {
    assertThat(PasswordPolicy.violations("petra", "kurz1!")).containsExactly("password.tooShort");
  }

  @Test
  void rejectsPasswordsContainingTheUserName() {
    assertThat(PasswordPolicy.violations("petra", "MeinName-PETRA-2026"))
        .contains("password.containsUsername");
  }

  @Test
  void rejectsTrivialAndKnownPasswords() {
    assertThat(PasswordPolicy.violations("petra", "aaaaaaaaaaaaaaaa"))
        .contains("password.tooSimple");
    assertThat(PasswordPolicy.violations("petra", "Musterland-2026"))
        .contains("password.tooSimple");
  }

  @Test
  void rejectsWhatBcryptWouldTruncate() {
    assertThat(PasswordPolicy.violations("petra", "ä".repeat(40))).contains("password.tooLong");
    assertThat(PasswordPolicy.violations("petra", "Satz ".repeat(14))).contains("password.tooLong");
  }
}
