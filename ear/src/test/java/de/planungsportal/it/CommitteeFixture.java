package de.planungsportal.it;

import de.planungsportal.area.Committee;
import de.planungsportal.identity.Account;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Committees, accounts, work-plan versions and papers an in-container test writes for itself (in
 * its own transaction), each organisation new, so nothing meets the demo data. Papers and plans are
 * inserted as rows: the process that normally creates them is not what these tests are about.
 */
final class CommitteeFixture {

  /** A version with one goal and two measures, and the measures' ids. */
  record Plan(long versionId, long measureId, long otherMeasureId) {}

  private CommitteeFixture() {}

  static Organisation organisation(EntityManager em, String name) {
    Organisation organisation =
        new Organisation(
            "it-" + UUID.randomUUID().toString().substring(0, 8), name, Organisation.Kind.DISTRICT);
    em.persist(organisation);
    em.flush();
    return organisation;
  }

  static Committee committee(
      EntityManager em, Organisation organisation, String code, String name) {
    Committee committee = new Committee(organisation, code, name);
    committee.setKind(code.toUpperCase());
    em.persist(committee);
    em.flush();
    return committee;
  }

  static Account account(EntityManager em, Organisation organisation, String name) {
    Account account =
        new Account(organisation, "it-" + UUID.randomUUID().toString().substring(0, 8), name);
    em.persist(account);
    em.flush();
    return account;
  }

  /** The actor of the account with one role, scoped to the committee (or unscoped for null). */
  static Actor actor(Account account, Role role, Committee committee) {
    Organisation organisation = account.getOrganisation();
    return new Actor(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        organisation.getId(),
        organisation.getCode(),
        organisation.getName(),
        List.of(new Actor.Grant(role, null, committee == null ? null : committee.getId(), null)));
  }

  /** A submitted version of a new cycle of the organisation, with measures carrying evidence. */
  static Plan plan(EntityManager em, Organisation organisation, String measureTitle) {
    long department =
        insert(
            em,
            "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, ?, ?, 'EDUCATION')",
            organisation.getId(),
            "d-" + UUID.randomUUID().toString().substring(0, 8),
            "Bildungsbüro");
    long cycle =
        insert(
            em,
            "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by)"
                + " VALUES (?, 2099, 'Arbeitsplan Ausschuss', 'RUNNING', 'planer')",
            organisation.getId());
    long version =
        insert(
            em,
            "INSERT INTO work_plan_version (cycle_id, number, status, created_by)"
                + " VALUES (?, 2, 'SUBMITTED', 'planer')",
            cycle);
    long goal =
        insert(
            em,
            "INSERT INTO goal (version_id, lineage, position, focus_area, title)"
                + " VALUES (?, UUID(), 0, 'Übergänge', 'Übergänge gestalten')",
            version);
    long measure =
        insert(
            em,
            "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id,"
                + " budget_eur, indicator, indicator_unit, indicator_baseline, indicator_target,"
                + " status) VALUES (?, UUID(), 0, ?, ?, 12000, 'Quote der Abgänge ohne Abschluss',"
                + " '%', 8, 5, 'PLANNED')",
            goal,
            measureTitle,
            department);
    long other =
        insert(
            em,
            "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id,"
                + " budget_eur, status) VALUES (?, UUID(), 1, 'Lesepaten', ?, 500, 'PLANNED')",
            goal,
            department);
    return new Plan(version, measure, other);
  }

  static long paper(
      EntityManager em, Organisation organisation, Committee committee, Long versionId) {
    return insert(
        em,
        "INSERT INTO paper (organisation_id, committee_id, reference, title, version_id,"
            + " resolution, state, created_by) VALUES (?, ?, ?, 'Arbeitsplan 2099', ?,"
            + " 'Der Ausschuss beschließt den Arbeitsplan.', 'IN_CIRCULATION', 'gremienbuero')",
        organisation.getId(),
        committee.getId(),
        "BV-" + UUID.randomUUID().toString().substring(0, 8),
        versionId);
  }

  static long decision(EntityManager em, long paperId, String signedBy) {
    return insert(
        em,
        "INSERT INTO committee_decision (paper_id, round, procedure_kind, outcome, yes_votes,"
            + " no_votes, abstentions, voting_members, members_present, quorum_reached,"
            + " amendment, reasons, recorded_by, recorded_at, signed_by, signed_at)"
            + " VALUES (?, 1, 'CIRCULATION', 'APPROVED', 5, 1, 1, 9, 7, TRUE, NULL,"
            + " 'Mehrheit dafür', 'gremienbuero', NOW(), ?, IF(? IS NULL, NULL, NOW()))",
        paperId,
        signedBy,
        signedBy);
  }

  static long insert(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }
}
