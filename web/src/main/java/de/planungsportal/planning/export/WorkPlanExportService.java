package de.planungsportal.planning.export;

import de.planungsportal.planning.WorkPlanDecision;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.sharing.SharingScope;
import de.planungsportal.sharing.SharingService;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Exports a version of the work plan for a caller who may read it. The document is built whole
 * before anything is sent, so a failure half-way never reaches the reader as a truncated file.
 */
@ApplicationScoped
@Transactional
public class WorkPlanExportService {

  /** The two formats, with what a download needs to know of them. */
  public enum Format {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  /** A finished document. */
  public record Download(String fileName, String contentType, byte[] content) {}

  @PersistenceContext private EntityManager em;
  @Inject private SharingService sharing;

  /** The document, or ExportRefusedException saying why not. */
  public Download export(Actor actor, long versionId, Format format, Locale locale) {
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId);
    if (version == null) {
      throw new ExportRefusedException(versionId, ExportAccess.Verdict.NOT_FOUND);
    }
    long ownerId = version.getCycle().getOrganisation().getId();
    boolean shared =
        ownerId != actor.organisationId()
            && sharing.mayRead(
                actor, ownerId, SharingScope.PUBLISHED_PLANS, version.getCycle().getId());
    ExportAccess.Verdict verdict = ExportAccess.of(actor, ownerId, version.getStatus(), shared);
    if (verdict != ExportAccess.Verdict.ALLOWED) {
      throw new ExportRefusedException(versionId, verdict);
    }
    List<WorkPlanDecision> decisions =
        em.createQuery(
                "select d from WorkPlanDecision d where d.workPlanVersion = :version"
                    + " order by d.decidedAt, d.id",
                WorkPlanDecision.class)
            .setParameter("version", version)
            .getResultList();
    ExportText text = new ExportText(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    switch (format) {
      case PDF -> new WorkPlanPdf(text).write(version, decisions, out);
      case XLSX -> new WorkPlanXlsx(text).write(version, decisions, out);
    }
    return new Download(fileName(text, version, format), format.contentType(), out.toByteArray());
  }

  /** "Arbeitsplan-2027-v3.pdf": letters, digits, dot, dash and underscore only. */
  static String fileName(ExportText text, WorkPlanVersion version, Format format) {
    String name = text.text("fileName", version.getCycle().getYear(), version.getNumber());
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
  }
}
