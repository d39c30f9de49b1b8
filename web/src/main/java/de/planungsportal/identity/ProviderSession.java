package de.planungsportal.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * The caller's session at the OpenID provider, as WildFly's OIDC client keeps it. Only loaded in
 * OIDC mode: the server adds Elytron's OIDC classes to a deployment only when it secures it with
 * OIDC, so nothing else may refer to this class.
 */
final class ProviderSession {

  private ProviderSession() {}

  /**
   * OpenID Connect RP-initiated logout: the provider's end_session_endpoint (from its discovery
   * document) with the ID token as hint, so that the provider ends its session without asking,
   * and the address to return to, which the client registration must allow.
   */
  static Optional<String> endSessionUrl(Principal principal, String postLogoutRedirectUri) {
    if (!(principal instanceof OidcPrincipal<?> oidc)
        || !(oidc.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context)
        || context.getOidcClientConfiguration() == null) {
      return Optional.empty();
    }
    OidcClientConfiguration client = context.getOidcClientConfiguration();
    String endpoint = client.getLogoutUrl();
    if (endpoint == null || endpoint.isBlank()) {
      return Optional.empty();
    }
    StringBuilder url =
        new StringBuilder(endpoint)
            .append(endpoint.contains("?") ? '&' : '?')
            .append("post_logout_redirect_uri=")
            .append(encode(postLogoutRedirectUri));
    if (client.getClientId() != null) {
      url.append("&client_id=").append(encode(client.getClientId()));
    }
    if (context.getIDTokenString() != null) {
      url.append("&id_token_hint=").append(encode(context.getIDTokenString()));
    }
    return Optional.of(url.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
