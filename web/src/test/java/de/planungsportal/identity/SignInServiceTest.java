package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

class SignInServiceTest {

  @Test
  void namesWithoutAPasswordCheckCostAFullBcryptCheckAtTheProductionCost() throws Exception {
    PasswordHasher hasher = new PasswordHasher();
    var decoded = ModularCrypt.decode(hasher.standIn());

    assertThat(decoded).isInstanceOf(BCryptPassword.class);
    assertThat(((BCryptPassword) decoded).getIterationCount()).isEqualTo(PasswordHasher.COST);
    assertThat(hasher.matches("", hasher.standIn())).isFalse();
    assertThat(hasher.standIn()).isSameAs(hasher.standIn());
  }

  @Test
  void theRealmChecksPasswordsOnlyOfEnabledUnlockedAccountsWithAPassword() {
    LocalDateTime now = LocalDateTime.now();
    Account account = new Account(null, "planer", "Petra Planer");
    assertThat(account.passwordCheckedByRealm(now)).isFalse();

    account.changePassword(new PasswordHasher().hash("Fahrrad Laterne 7"), false, now);
    assertThat(account.passwordCheckedByRealm(now)).isTrue();

    account.setEnabled(false);
    assertThat(account.passwordCheckedByRealm(now)).isFalse();

    account.setEnabled(true);
    account.recordFailedLogin(1, Duration.ofMinutes(15), now);
    assertThat(account.passwordCheckedByRealm(now)).isFalse();
    assertThat(account.passwordCheckedByRealm(now.plusMinutes(16))).isTrue();
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
