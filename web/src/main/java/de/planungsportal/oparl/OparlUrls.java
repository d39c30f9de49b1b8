package de.planungsportal.oparl;

import de.planungsportal.common.PublicUrl;
import jakarta.ws.rs.ServiceUnavailableException;

/**
 * Absolute URLs of OParl objects and lists, built from the configured public address of the portal
 * ({@code PORTAL_PUBLIC_URL}), never from the request: a client's {@code Host} header must not end
 * up in ids that other clients store and follow.
 */
final class OparlUrls {

  private final String site;
  private final String base;

  private OparlUrls(String site) {
    this.site = site;
    this.base = site + "/oparl/v1.1/";
  }

  /**
   * @throws ServiceUnavailableException while the public address is not configured
   */
  static OparlUrls of(PublicUrl publicUrl) {
    return publicUrl
        .base()
        .map(OparlUrls::new)
        .orElseThrow(() -> new ServiceUnavailableException(NOT_CONFIGURED));
  }

  static final String NOT_CONFIGURED = "PORTAL_PUBLIC_URL is not set";

  /** The portal's start page. */
  String website() {
    return site + "/";
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

  String person(long id) {
    return base + "persons/" + id;
  }

  String membership(long id) {
    return base + "memberships/" + id;
  }

  String meeting(long id) {
    return base + "meetings/" + id;
  }

  String agendaItem(long id) {
    return base + "agenda-items/" + id;
  }

  String paper(long id) {
    return base + "papers/" + id;
  }

  String consultation(long id) {
    return base + "consultations/" + id;
  }

  String file(long id) {
    return base + "files/" + id;
  }

  /** The file itself, shown inline (OParl: no "attachment" disposition). */
  String fileAccess(long id) {
    return file(id) + "/access";
  }

  String fileDownload(long id) {
    return file(id) + "/download";
  }
}
