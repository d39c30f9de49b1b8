package de.planungsportal.identity;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The demo district as the demo seeders of the features find it: made by {@code R__demo_data.sql},
 * marked as demo, with its accounts and schools. Each seeder makes its part through the services as
 * one of these accounts, once; what it made is found again by a title.
 */
@ApplicationScoped
public class DemoDistrict {

  public static final String CODE = "lk-musterland";

  @PersistenceContext private EntityManager em;

  /** The demo district's id; empty when this database has no district the demo made. */
  public Optional<Long> id() {
    return em.createNativeQuery("SELECT id FROM organisation WHERE code = ?1 AND demo")
        .setParameter(1, CODE)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  /**
   * How many rows of the district's in {@code table} have this title; -1 without the demo district.
   * {@code table} is one of the seeders' own constants, never user input.
   */
  public long countTitled(String table, String title) {
    Optional<Long> district = id();
    if (district.isEmpty()) {
      return -1;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM " + table + " WHERE organisation_id = ?1 AND title = ?2")
                .setParameter(1, district.get())
                .setParameter(2, title)
                .getSingleResult())
        .longValue();
  }

  /** The demo account as the services see it, read as a signed-in user's is. */
  public Actor actor(String username) {
    return em.createQuery(
            "select distinct a from Account a join fetch a.organisation left join fetch a.grants"
                + " where a.username = :name and a.organisation.code = :organisation",
            Account.class)
        .setParameter("name", username)
        .setParameter("organisation", CODE)
        .getSingleResult()
        .toActor();
  }

  /** The id of the district's school with this code, if the demo data has it. */
  public Optional<Long> school(String code) {
    return em.createNativeQuery(
            "SELECT s.id FROM school s JOIN organisation o ON o.id = s.organisation_id"
                + " WHERE o.code = ?1 AND o.demo AND s.code = ?2")
        .setParameter(1, CODE)
        .setParameter(2, code)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  /**
   * Whether the demo district has an account of this name (a seeder acting as an account the demo
   * data did not make leaves its part out).
   */
  public boolean hasAccount(String username) {
    return em.createNativeQuery(
            "SELECT a.id FROM account a JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE a.username = ?1 AND o.code = ?2 AND o.demo")
        .setParameter(1, username)
        .setParameter(2, CODE)
        .getResultStream()
        .findAny()
        .isPresent();
  }
}
