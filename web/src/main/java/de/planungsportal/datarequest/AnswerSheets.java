package de.planungsportal.datarequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the answer sheet of one recipient from its stored figures. */
@ApplicationScoped
class AnswerSheets {

  @PersistenceContext private EntityManager em;

  /** The stored figures of the recipient by field id. */
  Map<Long, FieldValue> values(Recipient recipient) {
    Map<Long, FieldValue> values = new HashMap<>();
    if (recipient.getId() == null) {
      return values;
    }
    em.createQuery(
            "select v from FieldValue v where v.key.recipientId = :recipient", FieldValue.class)
        .setParameter("recipient", recipient.getId())
        .getResultList()
        .forEach(v -> values.put(v.getKey().getFieldId(), v));
    return values;
  }

  AnswerSheet of(Recipient recipient) {
    Map<Long, FieldValue> stored = values(recipient);
    Map<Long, BigDecimal> figures = new HashMap<>();
    Map<Long, String> explanations = new HashMap<>();
    stored.forEach(
        (field, v) -> {
          if (v.getValue() != null) {
            figures.put(field, v.getValue());
          }
          if (v.getExplanation() != null) {
            explanations.put(field, v.getExplanation());
          }
        });
    return of(recipient, figures, explanations);
  }

  /** The sheet with the given (not necessarily stored) figures and explanations. */
  AnswerSheet of(
      Recipient recipient, Map<Long, BigDecimal> figures, Map<Long, String> explanations) {
    DataRequest request = recipient.getRequest();
    List<RequestField> fields = request.getFields();
    Map<String, BigDecimal> byKey = new HashMap<>();
    for (RequestField field : fields) {
      if (figures.get(field.getId()) != null) {
        byKey.put(field.getKey(), figures.get(field.getId()));
      }
    }
    List<AnswerSheet.Line> lines =
        fields.stream()
            .map(
                f ->
                    new AnswerSheet.Line(
                        f.getId(),
                        f.getKey(),
                        f.getLabel(),
                        f.getUnit(),
                        f.getMin(),
                        f.getMax(),
                        figures.get(f.getId()),
                        explanations.get(f.getId())))
            .toList();
    Map<String, String> labels = new HashMap<>();
    fields.forEach(f -> labels.put(f.getKey(), f.getLabel()));
    List<String> rules =
        request.getRules().stream()
            .map(
                r ->
                    labels.getOrDefault(r.getTotalKey(), r.getTotalKey())
                        + " = "
                        + String.join(
                            " + ",
                            r.getPartKeys().stream().map(k -> labels.getOrDefault(k, k)).toList()))
            .toList();
    return new AnswerSheet(
        request.getId(),
        request.getTitle(),
        request.getReferenceYear(),
        request.getReferenceDay(),
        request.getDueOn(),
        recipient.getSchool().getId(),
        recipient.getSchool().getName(),
        recipient.getSchool().getSchoolType(),
        recipient.getState(),
        recipient.getReturnReason(),
        recipient.getOverdueSince(),
        recipient.getSubmittedOn(),
        recipient.getSubmittedBy(),
        recipient.isAnswerable(),
        lines,
        rules,
        Plausibility.check(fields, request.getRules(), byKey));
  }
}
