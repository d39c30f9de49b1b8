package de.planungsportal.it;

/** The demo data set's accounts (db/demo), as listed in the README. */
public final class DemoAccounts {

  public static final String PASSWORD = "Musterland-2026";

  private DemoAccounts() {}
}
