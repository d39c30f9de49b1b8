package de.planungsportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormNonceFilterTest {

  @Test
  void acceptsWhatPrimeFacesIssues() {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

    assertThat(FormNonceFilter.isWellFormed(nonce)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "bm9wZQ==", "%%%", "MTIz\u0000"})
  void refusesAnythingElse(String nonce) {
    assertThat(FormNonceFilter.isWellFormed(nonce)).isFalse();
  }

  @Test
  void refusesAMissingNonce() {
    assertThat(FormNonceFilter.isWellFormed(null)).isFalse();
  }
}
