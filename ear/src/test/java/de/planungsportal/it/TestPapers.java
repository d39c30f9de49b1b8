package de.planungsportal.it;

import java.util.UUID;

/**
 * Papers a test writes straight into the database, so the committee forms can be opened without a
 * planning cycle that reached committee approval: a draft with no process behind it.
 */
public final class TestPapers {

  private TestPapers() {}

  /** A new committee of the organisation, of the kind the approval route names; its id. */
  public static long committee(String organisationCode, String code, String name, String kind) {
    long organisation = TestOrganisations.idOf(organisationCode);
    Database.update(
        "INSERT INTO committee (organisation_id, code, name, kind) VALUES (?, ?, ?, ?)",
        organisation,
        code,
        name,
        kind);
    return Database.count(
        "SELECT id FROM committee WHERE organisation_id = ? AND code = ?", organisation, code);
  }

  /** An account of the organisation holding the committee role, scoped to the committee. */
  public static String scoped(String organisationCode, String role, long committee) {
    String username = TestAccounts.create(organisationCode);
    Database.update(
        "INSERT INTO role_grant (account_id, role, committee_id) VALUES (?, ?, ?)",
        TestAccounts.idOf(username),
        role,
        committee);
    return username;
  }

  /** A seat on the committee from today on: CHAIR, DEPUTY_CHAIR, MEMBER, ADVISORY, SECRETARIAT. */
  public static void seat(String username, long committee, String role) {
    Database.update(
        "INSERT INTO committee_membership (committee_id, account_id, role, valid_from)"
            + " VALUES (?, ?, ?, CURRENT_DATE)",
        committee,
        TestAccounts.idOf(username),
        role);
  }

  /** A new draft paper of the organisation's committee; its id. */
  public static long draft(String organisationCode, String committeeCode) {
    long organisation = TestOrganisations.idOf(organisationCode);
    long committee =
        Database.count(
            "SELECT id FROM committee WHERE organisation_id = ? AND code = ?",
            organisation,
            committeeCode);
    String reference = "T-" + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO paper (organisation_id, committee_id, reference, title, resolution,"
            + " created_by) VALUES (?, ?, ?, ?, ?, 'test')",
        organisation,
        committee,
        reference,
        "Vorlage " + reference,
        "Der Ausschuss stimmt dem Arbeitsplan zu.");
    return Database.count(
        "SELECT id FROM paper WHERE organisation_id = ? AND reference = ?",
        organisation,
        reference);
  }
}
