package de.planungsportal.privacy;

import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backs privacy.xhtml: controller, purposes and the retention periods actually configured. */
@Named
@RequestScoped
public class PrivacyView {

  @Inject private RetentionPolicy policy;

  @Inject CurrentActor user;

  // no default: a controller named by the software would be wrong for every operator but one
  @Inject
  @ConfigProperty(name = "portal.privacy.controller")
  Optional<String> controller;

  @Inject
  @ConfigProperty(name = "portal.privacy.contact")
  Optional<String> contact;

  /** Null when not configured. */
  public String getController() {
    return configured(controller);
  }

  /** Null when not configured. */
  public String getContact() {
    return configured(contact);
  }

  /** Controller and contact are both set by the operator; otherwise the page says they are not. */
  public boolean isConfigured() {
    return getController() != null && getContact() != null;
  }

  /** Admins are told which settings would fill the gap. */
  public boolean isSetupHintShown() {
    return !isConfigured() && user.actor().map(actor -> actor.has(Role.ADMIN)).orElse(false);
  }

  private static String configured(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }

  public Map<RetentionPolicy.DataKind, Long> getRetentionDays() {
    return policy.periodsInDays();
  }
}
