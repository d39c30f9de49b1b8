package de.planungsportal.datarequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The indicators the demo requests feed, SCHUELER-GANZTAG (from the schools) and KITA-U3 (from the
 * day-care centres), each made only if the demo district lacks it (the indicator catalogue's own
 * demo data may bring it under the same code).
 */
@ApplicationScoped
@Transactional
class DemoIndicator {

  static final String CODE = "SCHUELER-GANZTAG";
  static final String KITA_CODE = "KITA-U3";

  @PersistenceContext private EntityManager em;

  long ensure(long organisationId) {
    return ensure(
        organisationId,
        CODE,
        "Schülerinnen und Schüler in Ganztagsangeboten",
        "Zahl der Schülerinnen und Schüler, die am Stichtag an einem Ganztagsangebot ihrer"
            + " Schule teilnehmen, nach dem Gebiet der Schule.",
        "Datenabfrage an die Schulen");
  }

  long ensureKita(long organisationId) {
    return ensure(
        organisationId,
        KITA_CODE,
        "Betreute Kinder unter 3 Jahren in Kitas",
        "Zahl der Kinder unter 3 Jahren, die am Stichtag in einer Kindertageseinrichtung betreut"
            + " werden, nach dem Gebiet der Einrichtung.",
        "Datenabfrage an die Kitas");
  }

  private long ensure(
      long organisationId, String code, String name, String definition, String source) {
    List<?> found = find(organisationId, code);
    if (found.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO indicator (organisation_id, code, name, definition, unit, source,"
                  + " direction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'UP')")
          .setParameter(1, organisationId)
          .setParameter(2, code)
          .setParameter(3, name)
          .setParameter(4, definition)
          .setParameter(5, "Personen")
          .setParameter(6, source)
          .executeUpdate();
      found = find(organisationId, code);
    }
    return ((Number) found.get(0)).longValue();
  }

  private List<?> find(long organisationId, String code) {
    return em.createNativeQuery("SELECT id FROM indicator WHERE organisation_id = ?1 AND code = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, code)
        .getResultList();
  }
}
