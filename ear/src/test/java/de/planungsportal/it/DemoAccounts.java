package de.planungsportal.it;

/** The demo data set's accounts (db/demo), as listed in the README. */
final class DemoAccounts {

  static final String PASSWORD = "Musterland-2026";

  private DemoAccounts() {}
}
