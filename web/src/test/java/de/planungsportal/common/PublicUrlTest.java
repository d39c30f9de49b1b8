package de.planungsportal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://portal.example,https://portal.example",
    "https://portal.example/,https://portal.example",
    "http://localhost:8080,http://localhost:8080",
    "' https://kreis.example/planung/ ',https://kreis.example/planung"
  })
  void takesAnHttpAddressWithoutItsTrailingSlash(String configured, String base) {
    assertThat(PublicUrl.parse(configured)).hasValue(base);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "portal.example",
        "ftp://portal.example",
        "https://portal.example/?x=1",
        "https://portal.example/#top",
        "https://user@portal.example",
        "https://",
        "not a url"
      })
  void refusesWhatCannotPrefixAnId(String configured) {
    assertThat(PublicUrl.parse(configured)).isEmpty();
  }
}
