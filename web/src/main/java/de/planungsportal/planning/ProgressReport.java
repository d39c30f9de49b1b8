package de.planungsportal.planning;

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
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What became of a published measure by a date (Wiedervorlage); reports are only added. */
@Entity
@Table(name = "progress_report")
public class ProgressReport implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "measure_id", updatable = false)
  private Measure measure;

  @Column(name = "reported_on", nullable = false, updatable = false)
  private LocalDate reportedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private MeasureStatus status;

  @Column(name = "percent_done", nullable = false, updatable = false)
  private int percentDone;

  @Column(name = "report_text", columnDefinition = "TEXT", updatable = false)
  private String text;

  @Column(nullable = false, length = 80, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt = LocalDateTime.now();

  protected ProgressReport() {}

  public ProgressReport(
      Measure measure,
      LocalDate reportedOn,
      MeasureStatus status,
      int percentDone,
      String text,
      String author) {
    if (percentDone < 0 || percentDone > 100) {
      throw new IllegalArgumentException("percent " + percentDone);
    }
    this.measure = measure;
    this.reportedOn = reportedOn;
    this.status = status;
    this.percentDone = percentDone;
    this.text = text;
    this.author = author;
  }

  public Long getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public MeasureStatus getStatus() {
    return status;
  }

  public int getPercentDone() {
    return percentDone;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
