package de.planungsportal.it;

/**
 * The demo district's data requests (DemoDataRequests), for the pages that show one: the schools'
 * answered one, and the one to the day-care centres.
 */
public final class TestDataRequests {

  static final String DEMO_TITLE = "Ganztagsangebote an Schulen (Demo)";
  static final String DEMO_KITA_TITLE = "Betreuung in Kitas (Demo)";

  private TestDataRequests() {}

  /** Its id; the demo data made it at the server's start. */
  public static long demoRequestId() {
    return Database.count(
        "SELECT r.id FROM data_request r JOIN organisation o ON o.id = r.organisation_id"
            + " WHERE o.code = 'lk-musterland' AND r.title = ?",
        DEMO_TITLE);
  }

  /** The request to the demo's two day-care centres, answered by one of them. */
  public static long demoKitaRequestId() {
    return Database.count(
        "SELECT r.id FROM data_request r JOIN organisation o ON o.id = r.organisation_id"
            + " WHERE o.code = 'lk-musterland' AND r.title = ?",
        DEMO_KITA_TITLE);
  }
}
