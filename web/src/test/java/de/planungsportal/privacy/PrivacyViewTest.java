package de.planungsportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.List;
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
    Role role = admin ? Role.ADMIN : Role.PLANNER;
    Actor actor =
        new Actor(1, "a", "A", 1, "org", "Org", List.of(new Actor.Grant(role, null, null, null)));
    view.user = () -> Optional.of(actor);
    return view;
  }
}
