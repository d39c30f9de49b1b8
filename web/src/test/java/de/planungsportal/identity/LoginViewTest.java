package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginViewTest {

  @ParameterizedTest
  @ValueSource(strings = {"/workflow/tasks.xhtml", "/admin/accounts.xhtml?x=1", "/"})
  void returnsToPagesOfThisApplication(String next) {
    assertThat(LoginView.isLocalPath(next)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "javascript:alert(1)",
        "workflow/tasks.xhtml",
        "/a\r\nSet-Cookie: x=y",
        ""
      })
  void neverRedirectsElsewhere(String next) {
    assertThat(LoginView.isLocalPath(next)).isFalse();
  }
}
