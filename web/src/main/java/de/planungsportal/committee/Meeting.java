package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A sitting of a committee, with its agenda. */
@Entity
@Table(name = "meeting")
public class Meeting implements Serializable {

  public enum State {
    PLANNED,
    HELD,
    MINUTES_SIGNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "committee_id", updatable = false)
  private Committee committee;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(length = 200)
  private String place;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected Meeting() {}

  public Meeting(
      Committee committee, String name, LocalDateTime startsAt, String place, State state) {
    this.committee = committee;
    this.name = name;
    this.startsAt = startsAt;
    this.place = place;
    this.state = state;
  }

  public Long getId() {
    return id;
  }

  public Committee getCommittee() {
    return committee;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public State getState() {
    return state;
  }

  public void setState(State state) {
    this.state = state;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }

  public int getVersion() {
    return version;
  }
}
