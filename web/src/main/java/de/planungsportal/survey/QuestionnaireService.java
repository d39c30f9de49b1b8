package de.planungsportal.survey;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Text;
import de.planungsportal.common.Upload;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The questionnaire builder's use cases for planners: the organisation's questionnaires, their
 * versions, editing a draft, freezing, a new draft from a frozen version, deleting an unused draft,
 * and the JSON exchange format. Only planners, only their own organisation's questionnaires: one of
 * another organisation is refused exactly like one that does not exist. A frozen version never
 * changes. Every change is audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class QuestionnaireService {

  /** The largest JSON file accepted for import (as for the other uploads). */
  public static final int MAX_IMPORT_BYTES = 1024 * 1024;

  public enum State {
    DRAFT,
    FROZEN
  }

  public enum Sort {
    TITLE,
    MODIFIED
  }

  /** A line of the questionnaire list. */
  public record QuestionnaireRow(
      long id,
      String title,
      int versions,
      long latestVersionId,
      int latestNumber,
      State latestState,
      LocalDateTime modifiedAt) {}

  /** One version of a questionnaire. */
  public record VersionRow(
      long id, int number, State state, Integer basedOnNumber, int waves, LocalDateTime modifiedAt)
      implements java.io.Serializable {}

  /** A version opened in the editor: the instrument and the revision it was read at. */
  public record OpenedVersion(
      long id,
      long questionnaireId,
      String title,
      int number,
      State state,
      int revision,
      Instrument instrument,
      List<VersionRow> versions) {

    public boolean frozen() {
      return state == State.FROZEN;
    }
  }

  /** A file to download. */
  public record Export(String fileName, String json) {}

  @PersistenceContext private EntityManager em;
  @Inject private Instruments instruments;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(Actor actor) {
    actor.require(Role.PLANNER);
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM questionnaire WHERE organisation_id = ?1")
                .setParameter(1, actor.organisationId())
                .getSingleResult())
        .longValue();
  }

  /** A page of the organisation's questionnaires with their latest version. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QuestionnaireRow> list(
      Actor actor, int first, int size, Sort sort, boolean ascending) {
    actor.require(Role.PLANNER);
    String order =
        (sort == Sort.MODIFIED ? "modified_at" : "q.title")
            + (ascending ? " ASC" : " DESC")
            + ", q.id";
    List<?> rows =
        em.createNativeQuery(
                "SELECT q.id, q.title, (SELECT COUNT(*) FROM questionnaire_version c"
                    + " WHERE c.questionnaire_id = q.id), v.id, v.number, v.state,"
                    + " GREATEST(q.modified_at, v.modified_at) AS modified_at"
                    + " FROM questionnaire q JOIN questionnaire_version v ON v.questionnaire_id ="
                    + " q.id AND v.number = (SELECT MAX(m.number) FROM questionnaire_version m"
                    + " WHERE m.questionnaire_id = q.id)"
                    + " WHERE q.organisation_id = ?1 ORDER BY "
                    + order)
            .setParameter(1, actor.organisationId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)))
            .getResultList();
    List<QuestionnaireRow> out = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      out.add(
          new QuestionnaireRow(
              number(r[0]),
              (String) r[1],
              (int) number(r[2]),
              number(r[3]),
              (int) number(r[4]),
              State.valueOf((String) r[5]),
              time(r[6])));
    }
    return out;
  }

  /**
   * A version of the organisation's questionnaires, with the list of all versions.
   *
   * @throws AccessDeniedException if there is none with this id in the actor's organisation
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OpenedVersion open(Actor actor, long versionId) {
    Object[] head = ownVersion(actor, versionId);
    long questionnaireId = number(head[0]);
    Instrument instrument =
        instruments.load(versionId).orElseThrow(() -> notThere("version", versionId));
    return new OpenedVersion(
        versionId,
        questionnaireId,
        (String) head[1],
        (int) number(head[2]),
        State.valueOf((String) head[3]),
        (int) number(head[4]),
        instrument,
        versions(questionnaireId));
  }

  /** Creates a questionnaire with an empty first draft; returns the draft's id. */
  public long create(Actor actor, String title) {
    actor.require(Role.PLANNER);
    String name = checkedTitle(actor, title);
    long versionId = insert(actor, name, null);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_CREATED",
        "questionnaire_version",
        versionId,
        "Fragebogen „" + name + "“ angelegt",
        null);
    return versionId;
  }

  /**
   * Saves the content of a draft, if it obeys {@link InstrumentRules} and nobody saved it since it
   * was opened.
   *
   * @param revision the revision the editor opened
   * @throws InstrumentRefusedException with every broken rule; nothing is stored
   */
  public int save(Actor actor, long versionId, int revision, Instrument instrument) {
    Object[] head = lockedDraft(actor, versionId);
    if ((int) number(head[4]) != revision) {
      throw new InvalidInputException("questionnaire.changedMeanwhile");
    }
    InstrumentRules.check(instrument);
    instruments.replace(versionId, instrument);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_DRAFT_SAVED",
        "questionnaire_version",
        versionId,
        "Entwurf " + head[2] + " von „" + head[1] + "“ gespeichert",
        null);
    return revision + 1;
  }

  /**
   * Freezes a draft whose stored content is valid; from then on it never changes.
   *
   * @throws InstrumentRefusedException if the stored draft breaks a rule
   */
  public void freeze(Actor actor, long versionId) {
    Object[] head = lockedDraft(actor, versionId);
    Instrument stored =
        instruments.load(versionId).orElseThrow(() -> notThere("version", versionId));
    InstrumentRules.check(stored);
    instruments.freeze(versionId);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_VERSION_FROZEN",
        "questionnaire_version",
        versionId,
        "Version " + head[2] + " von „" + head[1] + "“ eingefroren",
        null);
  }

  /**
   * A new draft with the content of the questionnaire's latest frozen version (the one given must
   * be frozen); returns the draft's id. A questionnaire has at most one draft at a time.
   */
  public long newVersion(Actor actor, long frozenVersionId) {
    Object[] head = ownVersion(actor, frozenVersionId);
    long questionnaireId = number(head[0]);
    if (!State.FROZEN.name().equals(head[3])) {
      throw new InvalidInputException("questionnaire.notFrozen");
    }
    em.createNativeQuery("SELECT id FROM questionnaire WHERE id = ?1 FOR UPDATE")
        .setParameter(1, questionnaireId)
        .getResultList();
    List<?> latest =
        em.createNativeQuery(
                "SELECT MAX(CASE WHEN state = 'DRAFT' THEN 1 ELSE 0 END),"
                    + " (SELECT id FROM questionnaire_version WHERE questionnaire_id = ?1"
                    + " AND state = 'FROZEN' ORDER BY number DESC LIMIT 1), MAX(number)"
                    + " FROM questionnaire_version WHERE questionnaire_id = ?1")
            .setParameter(1, questionnaireId)
            .getResultList();
    Object[] facts = (Object[]) latest.get(0);
    if (number(facts[0]) == 1) {
      throw new InvalidInputException("questionnaire.draftExists");
    }
    long basedOn = number(facts[1]);
    int nextNumber = (int) number(facts[2]) + 1;
    em.createNativeQuery(
            "INSERT INTO questionnaire_version (questionnaire_id, number, state, based_on_id)"
                + " VALUES (?1, ?2, 'DRAFT', ?3)")
        .setParameter(1, questionnaireId)
        .setParameter(2, nextNumber)
        .setParameter(3, basedOn)
        .executeUpdate();
    long draftId = lastId();
    instruments.replace(
        draftId, instruments.load(basedOn).orElseThrow(() -> notThere("version", basedOn)));
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_VERSION_CREATED",
        "questionnaire_version",
        draftId,
        "Version " + nextNumber + " von „" + head[1] + "“ als Entwurf angelegt",
        null);
    return draftId;
  }

  /**
   * Deletes a draft that no wave uses; the questionnaire goes with its last version. Returns the id
   * of the questionnaire's latest remaining version, or null if none remains.
   */
  public Long deleteDraft(Actor actor, long versionId) {
    Object[] head = lockedDraft(actor, versionId);
    long questionnaireId = number(head[0]);
    long waves =
        number(
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM survey_wave WHERE questionnaire_version_id = ?1")
                .setParameter(1, versionId)
                .getSingleResult());
    if (waves > 0) {
      throw new InvalidInputException("questionnaire.usedByWave", waves);
    }
    em.createNativeQuery("DELETE FROM questionnaire_version WHERE id = ?1 AND state = 'DRAFT'")
        .setParameter(1, versionId)
        .executeUpdate();
    List<?> remaining =
        em.createNativeQuery(
                "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?1"
                    + " ORDER BY number DESC LIMIT 1")
            .setParameter(1, questionnaireId)
            .getResultList();
    if (remaining.isEmpty()) {
      em.createNativeQuery("DELETE FROM questionnaire WHERE id = ?1")
          .setParameter(1, questionnaireId)
          .executeUpdate();
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_DRAFT_DELETED",
        "questionnaire_version",
        versionId,
        "Entwurf " + head[2] + " von „" + head[1] + "“ gelöscht",
        null);
    return remaining.isEmpty() ? null : number(remaining.get(0));
  }

  /** The version in the exchange format ({@link InstrumentJson}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Export export(Actor actor, long versionId) {
    OpenedVersion version = open(actor, versionId);
    String json = InstrumentJson.write(version.title(), version.number(), version.instrument());
    String base = version.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    return new Export(
        (base.isEmpty() ? "fragebogen" : base.toLowerCase(Locale.ROOT))
            + "-v"
            + version.number()
            + ".json",
        json);
  }

  /**
   * Imports a file of the exchange format as a new questionnaire (its name from the file) with the
   * content as its first draft; returns the draft's id.
   *
   * @throws InstrumentRefusedException if the file is not of the format or breaks a rule
   * @throws InvalidInputException if it is no UTF-8 JSON file, too large, or the name is taken
   */
  public long importNew(Actor actor, Upload upload) {
    actor.require(Role.PLANNER);
    InstrumentJson.Imported imported = InstrumentJson.read(jsonText(upload));
    String name = checkedTitle(actor, imported.name());
    long versionId = insert(actor, name, imported.instrument());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "QUESTIONNAIRE_IMPORTED",
        "questionnaire_version",
        versionId,
        "Fragebogen „" + name + "“ aus „" + upload.fileName() + "“ importiert",
        null);
    return versionId;
  }

  static String jsonText(Upload upload) {
    String name = upload.fileName();
    if (upload.size() == 0) {
      throw new InvalidInputException("upload.empty", name);
    }
    if (upload.size() > MAX_IMPORT_BYTES) {
      throw new InvalidInputException(
          "questionnaire.import.tooLarge", MAX_IMPORT_BYTES / 1024 / 1024);
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new InvalidInputException("questionnaire.import.notJsonName", name);
    }
    byte[] content = upload.content();
    int start =
        content.length >= 3
                && content[0] == (byte) 0xEF
                && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("questionnaire.import.notUtf8", name);
    }
  }

  private long insert(Actor actor, String name, Instrument content) {
    em.createNativeQuery("INSERT INTO questionnaire (organisation_id, title) VALUES (?1, ?2)")
        .setParameter(1, actor.organisationId())
        .setParameter(2, name)
        .executeUpdate();
    long questionnaireId = lastId();
    em.createNativeQuery(
            "INSERT INTO questionnaire_version (questionnaire_id, number, state)"
                + " VALUES (?1, 1, 'DRAFT')")
        .setParameter(1, questionnaireId)
        .executeUpdate();
    long versionId = lastId();
    instruments.replace(
        versionId,
        content != null
            ? content
            : new Instrument(
                Set.of(),
                false,
                List.of(),
                List.of(
                    new Instrument.Text(Instrument.Variant.STANDARD, "de", TextKeys.TITLE, name))));
    return versionId;
  }

  private String checkedTitle(Actor actor, String title) {
    String name = Text.clean(title);
    if (name == null) {
      throw new InvalidInputException("questionnaire.title.missing");
    }
    if (name.length() > InstrumentJson.MAX_NAME || !Text.isPlain(name)) {
      throw new InvalidInputException("questionnaire.title.invalid", InstrumentJson.MAX_NAME);
    }
    long taken =
        number(
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM questionnaire WHERE organisation_id = ?1 AND title = ?2")
                .setParameter(1, actor.organisationId())
                .setParameter(2, name)
                .getSingleResult());
    if (taken > 0) {
      throw new InvalidInputException("questionnaire.title.exists", name);
    }
    return name;
  }

  /** questionnaire id, title, number, state, revision of an own version. */
  private Object[] ownVersion(Actor actor, long versionId) {
    actor.require(Role.PLANNER);
    List<?> rows =
        em.createNativeQuery(
                "SELECT q.id, q.title, v.number, v.state, v.version FROM questionnaire_version v"
                    + " JOIN questionnaire q ON q.id = v.questionnaire_id"
                    + " WHERE v.id = ?1 AND q.organisation_id = ?2")
            .setParameter(1, versionId)
            .setParameter(2, actor.organisationId())
            .getResultList();
    if (rows.isEmpty()) {
      throw notThere("version", versionId);
    }
    return (Object[]) rows.get(0);
  }

  /** As {@link #ownVersion}, locked, and refused unless it is a draft. */
  private Object[] lockedDraft(Actor actor, long versionId) {
    ownVersion(actor, versionId);
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "SELECT q.id, q.title, v.number, v.state, v.version FROM questionnaire_version"
                        + " v JOIN questionnaire q ON q.id = v.questionnaire_id WHERE v.id = ?1"
                        + " FOR UPDATE")
                .setParameter(1, versionId)
                .getSingleResult();
    if (!State.DRAFT.name().equals(head[3])) {
      throw new InvalidInputException("questionnaire.frozen");
    }
    return head;
  }

  private List<VersionRow> versions(long questionnaireId) {
    List<VersionRow> out = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT v.id, v.number, v.state, b.number, (SELECT COUNT(*) FROM survey_wave w"
                    + " WHERE w.questionnaire_version_id = v.id), v.modified_at"
                    + " FROM questionnaire_version v LEFT JOIN questionnaire_version b"
                    + " ON b.id = v.based_on_id WHERE v.questionnaire_id = ?1 ORDER BY v.number")
            .setParameter(1, questionnaireId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.add(
          new VersionRow(
              number(r[0]),
              (int) number(r[1]),
              State.valueOf((String) r[2]),
              r[3] == null ? null : (int) number(r[3]),
              (int) number(r[4]),
              time(r[5])));
    }
    return out;
  }

  private long lastId() {
    return number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
  }

  private static AccessDeniedException notThere(String what, long id) {
    return new AccessDeniedException("no questionnaire " + what + " " + id + " of the actor");
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDateTime time(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return value instanceof LocalDateTime l ? l : null;
  }
}
