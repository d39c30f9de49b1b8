package de.planungsportal.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A school's figure for one field of a request, with the explanation of an implausible one. */
@Entity
@Table(name = "data_request_value")
public class FieldValue implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Recipient and field (a class, not a record: embeddable records need JPA 3.2). */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "field_id")
    private Long fieldId;

    protected Key() {}

    Key(Long recipientId, Long fieldId) {
      this.recipientId = recipientId;
      this.fieldId = fieldId;
    }

    public Long getRecipientId() {
      return recipientId;
    }

    public Long getFieldId() {
      return fieldId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(recipientId, k.recipientId)
          && Objects.equals(fieldId, k.fieldId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(recipientId, fieldId);
    }
  }

  @EmbeddedId private Key key;

  @Column(precision = 14, scale = 4)
  private BigDecimal value;

  @Column(length = 1000)
  private String explanation;

  protected FieldValue() {}

  FieldValue(long recipientId, long fieldId) {
    this.key = new Key(recipientId, fieldId);
  }

  void set(BigDecimal value, String explanation) {
    this.value = value;
    this.explanation = explanation;
  }

  public Key getKey() {
    return key;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getExplanation() {
    return explanation;
  }
}
