package de.planungsportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.identity.CurrentUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrivacyViewTest {

  @Test
  void withoutConfigurationNoControllerIsNamedAndAdminsAreToldWhatToSet() {
    PrivacyView view = view(Optional.empty(), Optional.of("  "), true);

    assertThat(view.isConfigured()).isFalse();
    assertThat(view.getController()).isNull();
    assertThat(view.getContact()).isNull();
    assertThat(view.isSetupHintShown()).isTrue();
  }

  @Test
  void visitorsWhoAreNoAdminsGetNoSetupHint() {
    assertThat(view(Optional.empty(), Optional.empty(), false).isSetupHintShown()).isFalse();
  }

  @Test
  void configuredControllerAndContactAreShown() {
    PrivacyView view =
        view(
            Optional.of("Stadt Beispiel, Der Oberbürgermeister"),
            Optional.of("dsb@beispiel.de"),
            true);

    assertThat(view.isConfigured()).isTrue();
    assertThat(view.getController()).isEqualTo("Stadt Beispiel, Der Oberbürgermeister");
    assertThat(view.getContact()).isEqualTo("dsb@beispiel.de");
    assertThat(view.isSetupHintShown()).isFalse();
  }

  private static PrivacyView view(
      Optional<String> controller, Optional<String> contact, boolean admin) {
    PrivacyView view = new PrivacyView();
    view.controller = controller;
    view.contact = contact;
    view.user =
        new CurrentUser() {
          @Override
          public boolean hasRole(String roleName) {
            return admin && "admin".equals(roleName);
          }
        };
    return view;
  }
}
