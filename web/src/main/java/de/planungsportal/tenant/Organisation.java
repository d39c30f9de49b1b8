package de.planungsportal.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A district, town or municipality: the tenant that owns plans, surveys and accounts. */
@Entity
@Table(name = "organisation")
public class Organisation implements Serializable {

  public static final int DEFAULT_MIN_CELL_SIZE = 5;

  public enum Kind {
    DISTRICT,
    TOWN,
    MUNICIPALITY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Stable short code; also the Camunda tenant id of the organisation's process instances. */
  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Organisation parent;

  /** Survey result cells with fewer responses are suppressed (V22: never below 3). */
  @Column(name = "min_cell_size", nullable = false)
  private int minCellSize = DEFAULT_MIN_CELL_SIZE;

  @Version private int version;

  /** Kept by the database (default and on-update timestamp), never written from here. */
  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  protected Organisation() {}

  public Organisation(String code, String name, Kind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  public Organisation(String code, String name, Kind kind, Organisation parent) {
    this(code, name, kind);
    this.parent = parent;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }

  public Organisation getParent() {
    return parent;
  }

  /** Whether this organisation sits directly below the given one (as a district's towns do). */
  public boolean isDirectlyBelow(long organisationId) {
    return getParent() != null && getParent().getId() == organisationId;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public void setName(String name) {
    this.name = name;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public int getMinCellSize() {
    return minCellSize;
  }

  public void setMinCellSize(int minCellSize) {
    this.minCellSize = minCellSize;
  }

  public int getVersion() {
    return version;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }
}
