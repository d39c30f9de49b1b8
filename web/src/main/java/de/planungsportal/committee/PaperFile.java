package de.planungsportal.committee;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An attachment of a paper. */
@Entity
@Table(name = "paper_file")
public class PaperFile implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "paper_id", updatable = false)
  private Paper paper;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Lob
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  protected PaperFile() {}

  public PaperFile(Paper paper, String name, String mediaType, long sizeBytes, byte[] content) {
    this.paper = paper;
    this.name = name;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.content = content;
  }

  public Long getId() {
    return id;
  }

  public Paper getPaper() {
    return paper;
  }

  public String getName() {
    return name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }
}
