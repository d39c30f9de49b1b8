package de.planungsportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One entry of the append-only audit trail. Database triggers refuse deletes and any update other
 * than erasing {@code details}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", updatable = false)
  private Long organisationId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 80, updatable = false)
  private String actor;

  @Column(nullable = false, length = 60, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 60, updatable = false)
  private String entityType;

  @Column(name = "entity_id", length = 64, updatable = false)
  private String entityId;

  @Column(nullable = false, length = 500, updatable = false)
  private String summary;

  @Column(columnDefinition = "TEXT")
  private String details;

  @Column(name = "details_hash", nullable = false, length = 64, updatable = false)
  private String detailsHash;

  @Column(name = "details_erased_at")
  private LocalDateTime detailsErasedAt;

  @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
  private String previousHash;

  @Column(nullable = false, length = 64, updatable = false)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(
      Long organisationId,
      LocalDateTime occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String summary,
      String details) {
    this.organisationId = organisationId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.summary = summary;
    this.details = details;
    this.detailsHash = AuditHash.of(details == null ? "" : details);
  }

  void chainTo(String previousHash) {
    this.previousHash = previousHash;
    this.hash = AuditHash.of(canonical());
  }

  /** The fields the chain protects, in a fixed order. */
  String canonical() {
    return String.join(
        "\n",
        previousHash,
        String.valueOf(organisationId),
        occurredAt.toString(),
        actor,
        action,
        entityType,
        String.valueOf(entityId),
        summary,
        detailsHash);
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }

  public String getDetails() {
    return details;
  }

  public String getDetailsHash() {
    return detailsHash;
  }

  public LocalDateTime getDetailsErasedAt() {
    return detailsErasedAt;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
