package de.planungsportal.survey.field;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.PublicUrl;
import de.planungsportal.common.Translatable;
import de.planungsportal.survey.CodeSheetPdf;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The code sheets of a wave's classes: written once, from the plain codes of the same transaction,
 * into wave_code_sheet (the only place the plain codes exist besides the paper), downloaded by the
 * planners and the class's school contacts (every download audited), deleted when the field closes.
 */
@ApplicationScoped
public class CodeSheets {

  /** The sheets are printed in German, as the schools' letters are. */
  static final Locale SHEET_LANGUAGE = Locale.GERMAN;

  /** A sheet to send: its file name and the PDF. */
  public record Download(String fileName, byte[] content) {}

  @PersistenceContext private EntityManager em;
  @Inject private FieldWaves waves;
  @Inject private PublicUrl publicUrl;
  @Inject private AuditLog audit;

  /** One sheet per class in {@code plainCodes}, with consent slips where the wave needs them. */
  @Transactional
  public void write(long waveId, Map<Long, List<String>> plainCodes) {
    FieldWave wave = waves.require(waveId);
    String base =
        publicUrl
            .base()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "PORTAL_PUBLIC_URL is not set: code sheets need the survey's address"));
    String privacy = base + "/answer/privacy.xhtml?wave=" + wave.id();
    String consent =
        wave.needsSlips() ? text("survey.field.consentText", wave.title(), privacy) : null;
    // a long title may not leave room on the slip: then the text without it
    String shortConsent = wave.needsSlips() ? text("survey.field.consentTextShort", privacy) : null;
    for (WaveClass schoolClass : waves.classes(waveId)) {
      List<String> codes = plainCodes.get(schoolClass.id());
      if (codes == null) {
        continue;
      }
      byte[] pdf;
      try {
        pdf = pdf(wave, schoolClass, base, codes, consent);
      } catch (IllegalArgumentException tooLong) {
        if (consent == null) {
          throw tooLong;
        }
        pdf = pdf(wave, schoolClass, base, codes, shortConsent);
      }
      em.createNativeQuery("INSERT INTO wave_code_sheet (wave_class_id, pdf) VALUES (?1, ?2)")
          .setParameter(1, schoolClass.id())
          .setParameter(2, pdf)
          .executeUpdate();
    }
  }

  private static byte[] pdf(
      FieldWave wave, WaveClass schoolClass, String base, List<String> codes, String consent) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new CodeSheetPdf(SHEET_LANGUAGE)
        .write(
            new CodeSheetPdf.ClassSheet(
                wave.title(),
                base + "/answer/",
                schoolClass.schoolName(),
                schoolClass.classLabel(),
                codes,
                consent),
            pdf);
    return pdf.toByteArray();
  }

  private static String text(String key, Object... arguments) {
    return Translatable.format(
        ResourceBundle.getBundle("de.planungsportal.i18n.messages", SHEET_LANGUAGE),
        SHEET_LANGUAGE,
        key,
        arguments);
  }

  /**
   * The class's sheet for a planner of the wave's organisation or a contact of the class's school;
   * the download is audited. NotVisibleException for everybody else, unknown classes and sheets
   * deleted at the close.
   */
  @Transactional
  public Download download(Actor actor, long classId) {
    WaveClass schoolClass =
        waves.findClass(classId).orElseThrow(() -> new NotVisibleException("no class " + classId));
    FieldWave wave = waves.require(schoolClass.waveId());
    if (!wave.released() || !FieldAccess.sees(actor, wave, schoolClass)) {
      throw new NotVisibleException("class " + classId + " not visible to " + actor.username());
    }
    List<?> pdf =
        em.createNativeQuery("SELECT pdf FROM wave_code_sheet WHERE wave_class_id = ?1")
            .setParameter(1, classId)
            .getResultList();
    if (pdf.isEmpty()) {
      throw new NotVisibleException("no code sheet for class " + classId);
    }
    audit.record(
        actor.username(),
        wave.organisationId(),
        "SURVEY_CODE_SHEET_DOWNLOADED",
        "WaveClass",
        classId,
        "Codebogen der Klasse "
            + schoolClass.classLabel()
            + " ("
            + schoolClass.schoolName()
            + ") der Befragung „"
            + wave.title()
            + "“ heruntergeladen",
        null);
    return new Download(fileName(schoolClass), (byte[]) pdf.get(0));
  }

  static String fileName(WaveClass schoolClass) {
    return "Codebogen-"
        + (schoolClass.schoolName() + "-" + schoolClass.classLabel())
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("(^-|-$)", "")
        + ".pdf";
  }
}
