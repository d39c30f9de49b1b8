package de.planungsportal.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address under which the public reaches the portal's start page ({@code PORTAL_PUBLIC_URL},
 * e.g. {@code https://portal.example}), for absolute URLs that leave the request they were made in
 * (OParl ids, which clients store and compare). Never taken from the request: its {@code Host}
 * header is whatever the client chose to send.
 */
@ApplicationScoped
public class PublicUrl {

  private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> configured;

  private String base;

  @PostConstruct
  void read() {
    base = configured.flatMap(PublicUrl::parse).orElse(null);
    if (base == null) {
      LOG.warning(
          "PORTAL_PUBLIC_URL (portal.public-url) is "
              + (configured.isPresent() ? "not an http(s) URL without query" : "not set")
              + ": the OParl API answers 503 until it names the portal's public address");
    }
  }

  /** Creating the bean at deployment reads the setting: a missing one is logged at start. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
    // the observer's bean instance is all that is needed
  }

  /** The configured address without a trailing slash, if it is a usable one. */
  public Optional<String> base() {
    return Optional.ofNullable(base);
  }

  static Optional<String> parse(String value) {
    try {
      URI uri = new URI(value.strip());
      boolean usable =
          ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
              && uri.getHost() != null
              && uri.getRawUserInfo() == null
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null;
      if (!usable) {
        return Optional.empty();
      }
      String text = uri.toString();
      return Optional.of(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
