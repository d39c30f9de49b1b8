package de.planungsportal.results.export;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAccess;
import de.planungsportal.results.SurveyResults;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who gets which file of a wave's results and prepares it. Aggregated files (CSV, XLSX,
 * PDF) go to everyone {@link ResultAccess#mayRead} admits once the wave's results are computed,
 * read through {@link SurveyResults} only, so suppression is the one of every screen; they are
 * built whole before anything is sent. Raw responses go to the wave's planners only, each download
 * audited, and are streamed when the caller writes the file.
 */
@ApplicationScoped
public class ResultExportService {

  /** The files on offer. */
  public enum Kind {
    CSV("csv", "text/csv; charset=UTF-8", false),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    PDF("pdf", "application/pdf", false),
    RAW_CSV("csv", "text/csv; charset=UTF-8", true),
    RAW_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true);

    private final String extension;
    private final String contentType;
    private final boolean raw;

    Kind(String extension, String contentType, boolean raw) {
      this.extension = extension;
      this.contentType = contentType;
      this.raw = raw;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }

    public boolean raw() {
      return raw;
    }

    /** The kind a download path asks for, e.g. ("csv", true) → RAW_CSV. */
    public static Optional<Kind> of(String extension, boolean raw) {
      for (Kind kind : values()) {
        if (kind.extension.equals(extension) && kind.raw == raw) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** Writes the file to a stream; for raw files this is where the database is read. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A file ready to be sent. */
  public record Export(String fileName, Kind kind, Content content) {}

  @PersistenceContext private EntityManager em;
  @Inject private ResultAccess access;
  @Inject private SurveyResults results;
  @Inject private RawResponses raw;
  @Inject private AuditLog audit;

  /**
   * The file, or empty when the caller may not have it or there is nothing (the same answer, so a
   * wave id reveals nothing). A raw download is recorded in the audit trail here.
   */
  @Transactional
  public Optional<Export> open(Actor actor, long waveId, Kind kind, Locale locale) {
    Optional<ResultAccess.WaveResultState> state = access.state(waveId);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    ResultExportText text = new ResultExportText(locale);
    if (kind.raw()) {
      if (!access.plans(actor, waveId)) {
        return Optional.empty();
      }
      audit.record(
          actor.username(),
          state.get().organisationId(),
          "RESULTS_RAW_EXPORTED",
          "SurveyWave",
          waveId,
          "raw responses of wave " + waveId + " exported as " + kind.extension(),
          null);
      RawFiles files = new RawFiles(text);
      Content content =
          kind == Kind.RAW_CSV
              ? out -> files.csv(raw, waveId, out)
              : out -> files.xlsx(raw, waveId, out);
      return Optional.of(new Export(fileName(text, "raw", waveId, kind), kind, content));
    }
    if (!state.get().computed() || !access.mayRead(actor, waveId)) {
      return Optional.empty();
    }
    byte[] document = aggregated(waveId, kind, text);
    return Optional.of(
        new Export(fileName(text, "results", waveId, kind), kind, out -> out.write(document)));
  }

  /** The aggregated file, built whole. */
  byte[] aggregated(long waveId, Kind kind, ResultExportText text) {
    int minCell = results.minCell(waveId);
    Map<Breakdown, List<QuestionResult>> byBreakdown = new EnumMap<>(Breakdown.class);
    for (Breakdown by : Breakdown.values()) {
      byBreakdown.put(by, results.wave(waveId, by, text.locale()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    WaveFacts wave = facts(waveId);
    switch (kind) {
      case PDF -> new ResultsPdf(text).write(wave, minCell, byBreakdown, out);
      case CSV -> new AggregateFiles(text).csv(lines(byBreakdown), minCell, out);
      case XLSX ->
          new AggregateFiles(text)
              .xlsx(lines(byBreakdown), minCell, text.text("pdf.title", wave.title()), out);
      default -> throw new IllegalArgumentException(kind.name());
    }
    return out.toByteArray();
  }

  private static List<ResultRows.Line> lines(Map<Breakdown, List<QuestionResult>> byBreakdown) {
    List<ResultRows.Line> lines = new ArrayList<>();
    byBreakdown.values().forEach(questions -> lines.addAll(ResultRows.of(questions)));
    return lines;
  }

  WaveFacts facts(long waveId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT w.title, o.name, w.field_start, w.field_end, w.questionnaire_version_id"
                        + " FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id"
                        + " WHERE w.id = ?1")
                .setParameter(1, waveId)
                .getSingleResult();
    return new WaveFacts(
        waveId,
        (String) row[0],
        (String) row[1],
        day(row[2]),
        day(row[3]),
        row[4] == null ? null : ((Number) row[4]).longValue());
  }

  private static java.time.LocalDate day(Object value) {
    if (value instanceof java.time.LocalDate d) {
      return d;
    }
    return value instanceof Date d ? d.toLocalDate() : null;
  }

  /** "Ergebnisse-Welle-12.csv", "Rohdaten-Welle-12.xlsx": letters, digits, dot, dash only. */
  static String fileName(ResultExportText text, String what, long waveId, Kind kind) {
    String name = text.text("fileName." + what, String.valueOf(waveId));
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + kind.extension();
  }
}
