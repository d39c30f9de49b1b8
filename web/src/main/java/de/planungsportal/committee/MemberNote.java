package de.planungsportal.committee;

import de.planungsportal.identity.Account;
import de.planungsportal.planning.Measure;
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

/** A member's private note on a paper or one of its measures; seen by that member alone. */
@Entity
@Table(name = "member_note")
public class MemberNote implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", updatable = false)
  private Account account;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "paper_id", updatable = false)
  private Paper paper;

  @ManyToOne(optional = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "measure_id", updatable = false)
  private Measure measure;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String text;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected MemberNote() {}

  public MemberNote(Account account, Paper paper, Measure measure, String text) {
    this.account = account;
    this.paper = paper;
    this.measure = measure;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Paper getPaper() {
    return paper;
  }

  public Measure getMeasure() {
    return measure;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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
