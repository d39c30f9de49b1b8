package de.planungsportal.datarequest;

import de.planungsportal.indicator.IndicatorValues;
import de.planungsportal.indicator.ValueOrigin;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Turns a request's accepted figures into indicator values (V22): for each field that names an
 * indicator, the sum over the accepted schools per area version the school belonged to on the
 * reference day, and the sum over all accepted schools for the whole organisation (area NULL), for
 * the reference year, origin DATA_REQUEST, origin_ref the request's id. Recomputed from all
 * accepted answers on every acceptance, so the values always equal the sums shown on the request's
 * page. A school without an area on that day counts only in the organisation's value. A later
 * request for the same indicator and year replaces the values (the unique key has no room for two).
 * Values go through the indicator feature, so its cache and audit trail see them.
 */
@ApplicationScoped
class IndicatorFigures {

  @PersistenceContext private EntityManager em;
  @Inject private IndicatorValues values;

  @Transactional(Transactional.TxType.MANDATORY)
  void record(DataRequest request, Actor by) {
    for (RequestField field : request.fields()) {
      if (field.getIndicatorId() == null) {
        continue;
      }
      List<?> perArea =
          em.createNativeQuery(
                  "SELECT sa.area_id, SUM(v.value) FROM data_request_value v"
                      + " JOIN data_request_recipient r ON r.id = v.recipient_id"
                      + " LEFT JOIN school_area sa ON sa.school_id = r.school_id"
                      + " AND sa.valid_from <= ?3 AND (sa.valid_to IS NULL OR sa.valid_to > ?3)"
                      + " WHERE r.request_id = ?1 AND r.state = 'ACCEPTED' AND v.field_id = ?2"
                      + " AND v.value IS NOT NULL GROUP BY sa.area_id")
              .setParameter(1, request.getId())
              .setParameter(2, field.getId())
              .setParameter(3, request.getReferenceDay())
              .getResultList();
      BigDecimal total = BigDecimal.ZERO;
      boolean any = false;
      for (Object row : perArea) {
        Object[] cells = (Object[]) row;
        BigDecimal sum = new BigDecimal(cells[1].toString());
        total = total.add(sum);
        any = true;
        if (cells[0] != null) {
          upsert(field.getIndicatorId(), ((Number) cells[0]).longValue(), request, sum, by);
        }
      }
      if (any) {
        upsert(field.getIndicatorId(), null, request, total, by);
      }
    }
  }

  private void upsert(
      long indicatorId, Long areaId, DataRequest request, BigDecimal value, Actor by) {
    values.deliver(
        by,
        indicatorId,
        areaId,
        request.getReferenceYear(),
        value,
        ValueOrigin.DATA_REQUEST,
        request.getId().toString());
  }
}
