package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

class SignInServiceTest {

  @Test
  void unknownUserNamesCostAFullBcryptCheckLikeKnownOnes() throws Exception {
    var decoded = ModularCrypt.decode(SignInService.UNKNOWN_USER_HASH);

    assertThat(decoded).isInstanceOf(BCryptPassword.class);
    assertThat(((BCryptPassword) decoded).getIterationCount()).isEqualTo(PasswordHasher.COST);
    assertThat(new PasswordHasher().matches("", SignInService.UNKNOWN_USER_HASH)).isFalse();
  }

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
