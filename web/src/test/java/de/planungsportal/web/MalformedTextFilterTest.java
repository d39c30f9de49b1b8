package de.planungsportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MalformedTextFilterTest {

  @Test
  void textDecodedFromMalformedBytesIsRecognised() {
    String decoded = new String(new byte[] {'S', (byte) 0xFC, 'd'}, StandardCharsets.UTF_8);

    assertThat(MalformedTextFilter.isMangled(Map.of("name", new String[] {decoded}))).isTrue();
    assertThat(MalformedTextFilter.isMangled(Map.of(decoded, new String[] {"x"}))).isTrue();
  }

  @Test
  void wellFormedTextOfAnyScriptPasses() {
    assertThat(
            MalformedTextFilter.isMangled(
                Map.of("name", new String[] {"Süd", "מחלקת", "Kita \uD83E\uDDF8", ""})))
        .isFalse();
  }
}
