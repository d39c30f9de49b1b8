package de.planungsportal.survey;

import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads and stores questionnaire versions as {@link Instrument}s. A frozen version is never written
 * again; a draft is replaced as a whole (the builder edits a copy and saves it). Authorisation is
 * the caller's: these methods take a version id that has been checked.
 */
@ApplicationScoped
public class Instruments {

  @PersistenceContext private EntityManager em;

  /** The version, or empty if there is none with this id. */
  public Optional<Instrument> load(long versionId) {
    List<?> head =
        em.createNativeQuery(
                "SELECT languages, plain_variant FROM questionnaire_version WHERE id = ?1")
            .setParameter(1, versionId)
            .getResultList();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Object[] version = (Object[]) head.get(0);
    Set<String> languages =
        Arrays.stream(((String) version[0]).split(","))
            .filter(s -> !s.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    boolean plain = truth(version[1]);

    Map<Long, String> sectionKeys = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, section_key FROM q_section WHERE version_id = ?1 ORDER BY position")
            .setParameter(1, versionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      sectionKeys.put(number(r[0]), (String) r[1]);
    }
    Map<Long, List<String>> options = children("q_option", "option_key", versionId);
    Map<Long, List<String>> items = children("q_matrix_item", "item_key", versionId);
    Map<Long, List<Question>> bySection = new LinkedHashMap<>();
    sectionKeys.keySet().forEach(id -> bySection.put(id, new ArrayList<>()));
    for (Object row :
        em.createNativeQuery(
                "SELECT id, section_id, question_key, kind, display, mandatory, dont_know,"
                    + " randomise, min_value, max_value, show_if_key, show_if_values"
                    + " FROM q_question WHERE version_id = ?1 ORDER BY position")
            .setParameter(1, versionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long id = number(r[0]);
      String showIfValues = (String) r[11];
      bySection
          .get(number(r[1]))
          .add(
              new Question(
                  (String) r[2],
                  QuestionKind.valueOf((String) r[3]),
                  r[4] == null ? null : Display.valueOf((String) r[4]),
                  truth(r[5]),
                  truth(r[6]),
                  truth(r[7]),
                  r[8] == null ? null : (int) number(r[8]),
                  r[9] == null ? null : (int) number(r[9]),
                  (String) r[10],
                  showIfValues == null || showIfValues.isEmpty()
                      ? Set.of()
                      : new LinkedHashSet<>(Arrays.asList(showIfValues.split(","))),
                  options.getOrDefault(id, List.of()),
                  items.getOrDefault(id, List.of())));
    }
    List<Section> sections = new ArrayList<>();
    sectionKeys.forEach((id, key) -> sections.add(new Section(key, bySection.get(id))));

    List<Text> texts = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT variant, language, element, text FROM q_text WHERE version_id = ?1")
            .setParameter(1, versionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      texts.add(
          new Text(Variant.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3]));
    }
    return Optional.of(new Instrument(languages, plain, sections, texts));
  }

  /**
   * Replaces the content of a draft version. The caller validates the instrument first.
   *
   * @throws IllegalStateException if the version is frozen (or does not exist)
   */
  @Transactional
  public void replace(long versionId, Instrument instrument) {
    int drafts =
        em.createNativeQuery(
                "UPDATE questionnaire_version SET languages = ?2, plain_variant = ?3,"
                    + " version = version + 1 WHERE id = ?1 AND state = 'DRAFT'")
            .setParameter(1, versionId)
            .setParameter(
                2,
                Instrument.LANGUAGES.stream()
                    .filter(instrument.languages()::contains)
                    .collect(Collectors.joining(",")))
            .setParameter(3, instrument.plainVariant())
            .executeUpdate();
    if (drafts != 1) {
      throw new IllegalStateException("questionnaire version " + versionId + " is not a draft");
    }
    em.createNativeQuery("DELETE FROM q_text WHERE version_id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM q_section WHERE version_id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
    int position = 0;
    for (int s = 0; s < instrument.sections().size(); s++) {
      Section section = instrument.sections().get(s);
      em.createNativeQuery(
              "INSERT INTO q_section (version_id, position, section_key) VALUES (?1, ?2, ?3)")
          .setParameter(1, versionId)
          .setParameter(2, s + 1)
          .setParameter(3, section.key())
          .executeUpdate();
      for (Question q : section.questions()) {
        em.createNativeQuery(
                "INSERT INTO q_question (version_id, section_id, position, question_key, kind,"
                    + " display, mandatory, dont_know, randomise, min_value, max_value,"
                    + " show_if_key, show_if_values)"
                    + " SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12"
                    + " FROM q_section WHERE version_id = ?1 AND section_key = ?13")
            .setParameter(1, versionId)
            .setParameter(2, ++position)
            .setParameter(3, q.key())
            .setParameter(4, q.kind().name())
            .setParameter(5, q.display() == null ? null : q.display().name())
            .setParameter(6, q.mandatory())
            .setParameter(7, q.dontKnow())
            .setParameter(8, q.randomise())
            .setParameter(9, q.min())
            .setParameter(10, q.max())
            .setParameter(11, q.showIfKey())
            .setParameter(
                12, q.showIfValues().isEmpty() ? null : String.join(",", q.showIfValues()))
            .setParameter(13, section.key())
            .executeUpdate();
        insertChildren("q_option", "option_key", versionId, q.key(), q.options());
        insertChildren("q_matrix_item", "item_key", versionId, q.key(), q.items());
      }
    }
    for (Text t : instrument.texts()) {
      em.createNativeQuery(
              "INSERT INTO q_text (version_id, variant, language, element, text)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, versionId)
          .setParameter(2, t.variant().name())
          .setParameter(3, t.language())
          .setParameter(4, t.element())
          .setParameter(5, t.text())
          .executeUpdate();
    }
  }

  /** Freezes a version (idempotent); from then on {@link #replace} refuses it. */
  @Transactional
  public void freeze(long versionId) {
    em.createNativeQuery("UPDATE questionnaire_version SET state = 'FROZEN' WHERE id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
  }

  private void insertChildren(
      String table, String keyColumn, long versionId, String questionKey, List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      em.createNativeQuery(
              "INSERT INTO "
                  + table
                  + " (question_id, position, "
                  + keyColumn
                  + ") SELECT id, ?3, ?4 FROM q_question WHERE version_id = ?1"
                  + " AND question_key = ?2")
          .setParameter(1, versionId)
          .setParameter(2, questionKey)
          .setParameter(3, i + 1)
          .setParameter(4, keys.get(i))
          .executeUpdate();
    }
  }

  private Map<Long, List<String>> children(String table, String keyColumn, long versionId) {
    Map<Long, List<String>> byQuestion = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT c.question_id, c."
                    + keyColumn
                    + " FROM "
                    + table
                    + " c JOIN q_question q ON q.id = c.question_id"
                    + " WHERE q.version_id = ?1 ORDER BY c.question_id, c.position")
            .setParameter(1, versionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      byQuestion.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add((String) r[1]);
    }
    return byQuestion;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
