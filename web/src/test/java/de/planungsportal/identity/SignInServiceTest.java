package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInServiceTest {

  @Test
  void userNamesInTheLogCannotForgeLines() {
    assertThat(SignInService.printable("planer\nINFO admin signed in"))
        .isEqualTo("planer\\u000aINFO admin signed in")
        .doesNotContain("\n");
    assertThat(SignInService.printable("plan\u202Eer")).isEqualTo("plan\\u202eer");
    assertThat(SignInService.printable(null)).isEmpty();
    assertThat(SignInService.printable("x".repeat(500))).hasSize(81);
  }
}
