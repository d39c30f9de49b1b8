package de.planungsportal.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An item of a meeting's agenda, optionally with the paper it deals with. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id", updatable = false)
  private Meeting meeting;

  @ManyToOne(optional = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "paper_id")
  private Paper paper;

  @Column(nullable = false, length = 20)
  private String number;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false)
  private int position;

  @Column(name = "is_public", nullable = false)
  private boolean publicItem;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected AgendaItem() {}

  public AgendaItem(
      Meeting meeting, Paper paper, String number, String title, int position, boolean publicItem) {
    this.meeting = meeting;
    this.paper = paper;
    this.number = number;
    this.title = title;
    this.position = position;
    this.publicItem = publicItem;
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public Paper getPaper() {
    return paper;
  }

  public void setPaper(Paper paper) {
    this.paper = paper;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public boolean isPublicItem() {
    return publicItem;
  }

  public void setPublicItem(boolean publicItem) {
    this.publicItem = publicItem;
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
