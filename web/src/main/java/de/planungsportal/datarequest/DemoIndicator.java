package de.planungsportal.datarequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The indicator the demo request feeds, SCHUELER-GANZTAG, made only if the demo district lacks it
 * (the indicator catalogue's own demo data may bring it under the same code).
 */
@ApplicationScoped
@Transactional
class DemoIndicator {

  static final String CODE = "SCHUELER-GANZTAG";

  @PersistenceContext private EntityManager em;

  long ensure(long organisationId) {
    List<?> found = find(organisationId);
    if (found.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO indicator (organisation_id, code, name, definition, unit, source,"
                  + " direction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'UP')")
          .setParameter(1, organisationId)
          .setParameter(2, CODE)
          .setParameter(3, "Schülerinnen und Schüler in Ganztagsangeboten")
          .setParameter(
              4,
              "Zahl der Schülerinnen und Schüler, die am Stichtag an einem Ganztagsangebot ihrer"
                  + " Schule teilnehmen, nach dem Gebiet der Schule.")
          .setParameter(5, "Personen")
          .setParameter(6, "Datenabfrage an die Schulen")
          .executeUpdate();
      found = find(organisationId);
    }
    return ((Number) found.get(0)).longValue();
  }

  private List<?> find(long organisationId) {
    return em.createNativeQuery("SELECT id FROM indicator WHERE organisation_id = ?1 AND code = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, CODE)
        .getResultList();
  }
}
