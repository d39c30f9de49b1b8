package de.planungsportal.oparl;

import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute URLs of OParl objects and lists, built from the request, so they carry the scheme, host
 * and port the client used (behind a proxy: what WildFly took from the forwarded headers).
 */
final class OparlUrls {

  private final String base;

  OparlUrls(UriInfo uriInfo) {
    String uri = uriInfo.getBaseUri().toString();
    this.base = uri.endsWith("/") ? uri : uri + "/";
  }

  /** The portal's start page. */
  String website() {
    return java.net.URI.create(base).resolve("../../").toString();
  }

  String system() {
    return base + "system";
  }

  String bodies() {
    return base + "bodies";
  }

  String body(long id) {
    return base + "bodies/" + id;
  }

  String bodyList(long bodyId, BodyList list) {
    return body(bodyId) + "/" + list.path();
  }

  String organization(long id) {
    return base + "organizations/" + id;
  }
}
