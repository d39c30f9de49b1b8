package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesInTheModularCryptFormTheServerRealmReads() {
    String hash = hasher.hash("Fahrrad Laterne Gießkanne 7");

    assertThat(hash).startsWith("$2a$12$").hasSize(60);
    assertThat(hasher.matches("Fahrrad Laterne Gießkanne 7", hash)).isTrue();
    assertThat(hasher.matches("Fahrrad Laterne Giesskanne 7", hash)).isFalse();
  }

  @Test
  void readsTheDemoDataHashes() {
    String demo = "$2a$12$3wNdjcIcOO6xQR8rbVsGK.KiHLlZ/iYkWqjsdNqMcQhmc7pL0Jjfu";

    assertThat(hasher.matches("Musterland-2026", demo)).isTrue();
    assertThat(hasher.matches(null, demo)).isFalse();
    assertThat(hasher.matches("Musterland-2026", "not a hash")).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("Fahrrad Laterne Gießkanne 7"))
        .isNotEqualTo(hasher.hash("Fahrrad Laterne Gießkanne 7"));
  }
}
