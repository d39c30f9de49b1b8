package de.planungsportal.it;

/** The demo district's answered data request (DemoDataRequests), for the pages that show one. */
public final class TestDataRequests {

  static final String DEMO_TITLE = "Ganztagsangebote an Schulen (Demo)";

  private TestDataRequests() {}

  /** Its id; the demo data made it at the server's start. */
  public static long demoRequestId() {
    return Database.count(
        "SELECT r.id FROM data_request r JOIN organisation o ON o.id = r.organisation_id"
            + " WHERE o.code = 'lk-musterland' AND r.title = ?",
        DEMO_TITLE);
  }
}
