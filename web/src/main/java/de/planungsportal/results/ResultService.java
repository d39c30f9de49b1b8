package de.planungsportal.results;

import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Variant;
import de.planungsportal.survey.Instrument.Wording;
import de.planungsportal.survey.Instruments;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.TextKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * {@link SurveyResults} from the precomputed {@code result_atom} rows ({@link ResultAtoms}), with
 * the small-group rule ({@link Suppression}) applied per wave and question over all breakdowns at
 * once, whichever breakdown is asked for: so every screen sees the same groups suppressed. Labels
 * come from the wave's frozen questionnaire version in the asked language, German where a text is
 * missing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultService implements SurveyResults {

  /** Key of the TOTAL group. */
  public static final String ALL = Suppression.ALL;

  /** Key of the AREA group of responses from schools without an area. */
  public static final String NO_AREA = "none";

  private static final String BUNDLE = "de.planungsportal.i18n.messages";
  private static final List<String> RATING_STEPS = List.of("1", "2", "3", "4", "5");
  private static final List<String> YES_NO = List.of("yes", "no");

  @PersistenceContext private EntityManager em;
  @Inject private Instruments instruments;
  @Inject private ResultAtoms atoms;

  @Override
  public int minCell(long waveId) {
    return require(waveId).minCell();
  }

  @Override
  public List<QuestionResult> wave(long waveId, Breakdown by, Locale locale) {
    Labels labels = labels(require(waveId), locale);
    Map<String, List<Row>> rows = rows(waveId, null);
    List<QuestionResult> results = new ArrayList<>();
    for (Asked asked : asked(labels.instrument())) {
      results.add(result(labels, asked, rows.getOrDefault(asked.key(), List.of()), by));
    }
    return results;
  }

  @Override
  public QuestionResult question(long waveId, String questionKey, Breakdown by, Locale locale) {
    Labels labels = labels(require(waveId), locale);
    Asked asked =
        find(labels.instrument(), questionKey)
            .orElseThrow(() -> new NoSuchResultException("results.unknownQuestion", questionKey));
    return result(
        labels, asked, rows(waveId, questionKey).getOrDefault(questionKey, List.of()), by);
  }

  @Override
  public Trend trend(long waveId, String questionKey, Breakdown by, Locale locale) {
    return trend(waveId, questionKey, by, locale, w -> true);
  }

  /** Reads only the waves {@code readable} admits (and this one). */
  @Override
  public Trend trend(
      long waveId, String questionKey, Breakdown by, Locale locale, LongPredicate readable) {
    WaveInfo wave = require(waveId);
    List<WaveInfo> waves = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT w.id FROM survey_wave w"
                    + " JOIN questionnaire_version v ON v.id = w.questionnaire_version_id"
                    + " WHERE v.questionnaire_id = ?1 AND w.state = 'CLOSED'"
                    + " AND (w.field_end < ?2 OR w.field_end = ?2 AND w.id <= ?3)"
                    + " ORDER BY w.field_end, w.id")
            .setParameter(1, wave.questionnaireId())
            .setParameter(2, Date.valueOf(wave.fieldEnd()))
            .setParameter(3, waveId)
            .getResultList()) {
      long id = ((Number) row).longValue();
      if (id == waveId || readable.test(id)) {
        waves.add(require(id));
      }
    }
    Map<String, String> areaCodes = by == Breakdown.AREA ? areaCodes(wave) : Map.of();
    Map<String, String> seriesLabels = new LinkedHashMap<>();
    List<Map<String, ResultCell>> perWave = new ArrayList<>();
    List<WaveInfo> asking = new ArrayList<>();
    for (WaveInfo w : waves) {
      Labels labels = labels(w, locale);
      Optional<Asked> asked = find(labels.instrument(), questionKey);
      if (asked.isEmpty()) {
        continue;
      }
      QuestionResult result =
          result(
              labels,
              asked.get(),
              rows(w.id(), questionKey).getOrDefault(questionKey, List.of()),
              by);
      Map<String, ResultCell> cells = new LinkedHashMap<>();
      Set<String> ambiguous = new LinkedHashSet<>();
      List<ResultCell> groups = by == Breakdown.TOTAL ? List.of(result.total()) : result.groups();
      for (ResultCell cell : groups) {
        String series =
            by == Breakdown.AREA
                ? areaCodes.getOrDefault(cell.groupKey(), cell.groupKey())
                : cell.groupKey();
        // two area versions of one code in one wave: their sum is no figure of this wave
        if (cells.put(series, cell) != null) {
          ambiguous.add(series);
        }
        seriesLabels.put(series, cell.groupLabel());
      }
      ambiguous.forEach(s -> cells.put(s, ResultCell.suppressed(s, seriesLabels.get(s))));
      perWave.add(cells);
      asking.add(w);
    }
    List<Trend.Series> series = new ArrayList<>();
    seriesLabels.forEach(
        (key, label) -> {
          List<Trend.Point> points = new ArrayList<>();
          for (int i = 0; i < asking.size(); i++) {
            WaveInfo w = asking.get(i);
            ResultCell cell = perWave.get(i).get(key);
            points.add(
                new Trend.Point(
                    w.id(),
                    w.title(),
                    w.fieldEnd(),
                    cell != null ? cell : ResultCell.suppressed(key, label)));
          }
          series.add(new Trend.Series(key, label, points));
        });
    return new Trend(questionKey, by, series);
  }

  // --- one question of one wave

  private QuestionResult result(Labels labels, Asked asked, List<Row> rows, Breakdown by) {
    // one atom per combination of groups: the answer value does not matter to the rule
    Map<List<String>, Long> byGroups = new LinkedHashMap<>();
    for (Row row : rows) {
      byGroups.merge(
          List.of(row.school(), row.area(), row.gradeBand(), row.language()),
          row.count(),
          Long::sum);
    }
    List<Suppression.Atom> cells = new ArrayList<>();
    byGroups.forEach(
        (g, n) -> cells.add(new Suppression.Atom(g.get(0), g.get(1), g.get(2), g.get(3), n)));
    Suppression.Outcome outcome = Suppression.apply(cells, labels.wave().minCell());
    List<String> values = values(asked, rows);
    ResultCell total =
        cell(
            labels,
            asked,
            values,
            ALL,
            labels.group(Breakdown.TOTAL, ALL),
            rows,
            outcome.totalShown());
    List<ResultCell> groups = new ArrayList<>();
    if (by != Breakdown.TOTAL) {
      for (String group : labels.sorted(by, outcome.groups(by))) {
        List<Row> mine = rows.stream().filter(r -> group.equals(r.key(by))).toList();
        groups.add(
            cell(
                labels,
                asked,
                values,
                group,
                labels.group(by, group),
                mine,
                outcome.shown(by, group)));
      }
    }
    return new QuestionResult(
        asked.key(), labels.text(asked), asked.question().kind(), by, total, groups);
  }

  private ResultCell cell(
      Labels labels,
      Asked asked,
      List<String> values,
      String key,
      String label,
      List<Row> rows,
      boolean shown) {
    if (!shown) {
      return ResultCell.suppressed(key, label);
    }
    QuestionKind kind = asked.question().kind();
    long answered = 0;
    Map<String, Long> counts = new HashMap<>();
    for (Row row : rows) {
      answered += row.count();
      if (kind == QuestionKind.MULTIPLE_CHOICE) {
        for (String option : row.value().split(",")) {
          counts.merge(option, row.count(), Long::sum);
        }
      } else {
        counts.merge(row.value(), row.count(), Long::sum);
      }
    }
    List<OptionFigure> options = new ArrayList<>();
    for (String value : values) {
      long count = counts.getOrDefault(value, 0L);
      options.add(
          new OptionFigure(
              value,
              labels.value(asked, value),
              count,
              answered == 0 ? 0 : count * 100.0 / answered));
    }
    Double mean = null;
    Double median = null;
    if (kind == QuestionKind.RATING || kind == QuestionKind.MATRIX || kind == QuestionKind.NUMBER) {
      TreeMap<Double, Long> numbers = new TreeMap<>();
      counts.forEach(
          (value, count) -> {
            Double number = number(value);
            if (number != null) {
              numbers.merge(number, count, Long::sum);
            }
          });
      mean = mean(numbers);
      median = median(numbers);
    }
    return new ResultCell(key, label, false, answered, options, mean, median);
  }

  static Double mean(TreeMap<Double, Long> numbers) {
    long n = numbers.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    double sum = 0;
    for (Map.Entry<Double, Long> e : numbers.entrySet()) {
      sum += e.getKey() * e.getValue();
    }
    return sum / n;
  }

  /** The middle value; with an even count the mean of the two middle values. */
  static Double median(TreeMap<Double, Long> numbers) {
    long n = numbers.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lower = (n - 1) / 2; // 0-based positions of the two middle values
    long upper = n / 2;
    Double low = null;
    Double high = null;
    long seen = 0;
    for (Map.Entry<Double, Long> e : numbers.entrySet()) {
      long next = seen + e.getValue();
      if (low == null && lower < next) {
        low = e.getKey();
      }
      if (upper < next) {
        high = e.getKey();
        break;
      }
      seen = next;
    }
    return (low + high) / 2;
  }

  private static Double number(String value) {
    try {
      return Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The answers a question's figures list, in the instrument's order, then any others seen. */
  private static List<String> values(Asked asked, List<Row> rows) {
    Question q = asked.question();
    Set<String> values = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Row row : rows) {
      if (q.kind() == QuestionKind.MULTIPLE_CHOICE) {
        seen.addAll(List.of(row.value().split(",")));
      } else {
        seen.add(row.value());
      }
    }
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.addAll(q.options());
      case RATING, MATRIX -> values.addAll(RATING_STEPS);
      case YES_NO -> values.addAll(YES_NO);
      case NUMBER ->
          seen.stream()
              .filter(v -> number(v) != null)
              .sorted(Comparator.comparing(ResultService::number))
              .forEach(values::add);
      default -> {
        // free text has no figures
      }
    }
    if (q.dontKnow()) {
      values.add(Instrument.DONT_KNOW);
    }
    values.addAll(seen);
    return List.copyOf(values);
  }

  // --- what a wave asks

  /** A question with figures: a question, or one item of a matrix ({@code <question>.<item>}). */
  record Asked(String key, Question question, String item) {}

  static List<Asked> asked(Instrument instrument) {
    List<Asked> asked = new ArrayList<>();
    for (Question q : instrument.questions()) {
      switch (q.kind()) {
        case SHORT_TEXT, LONG_TEXT -> {
          // free text is screened, not counted
        }
        case MATRIX ->
            q.items().forEach(item -> asked.add(new Asked(q.key() + "." + item, q, item)));
        default -> asked.add(new Asked(q.key(), q, null));
      }
    }
    return asked;
  }

  private static Optional<Asked> find(Instrument instrument, String key) {
    return asked(instrument).stream().filter(a -> a.key().equals(key)).findFirst();
  }

  // --- reading

  /** One result_atom row, its group keys as shown ({@link ResultCell#groupKey()}). */
  record Row(
      String school, String area, String gradeBand, String language, String value, long count) {
    String key(Breakdown by) {
      return switch (by) {
        case SCHOOL -> school;
        case AREA -> area;
        case GRADE_BAND -> gradeBand;
        case LANGUAGE -> language;
        case TOTAL -> ALL;
      };
    }
  }

  /** The wave's atoms by question key; all questions if {@code questionKey} is null. */
  private Map<String, List<Row>> rows(long waveId, String questionKey) {
    var query =
        em.createNativeQuery(
                "SELECT question_key, school_id, area_id, grade_band, language, answer_value,"
                    + " respondents FROM result_atom WHERE wave_id = ?1"
                    + (questionKey == null ? "" : " AND question_key = ?2"))
            .setParameter(1, waveId);
    if (questionKey != null) {
      query.setParameter(2, questionKey);
    }
    Map<String, List<Row>> rows = new HashMap<>();
    for (Object o : query.getResultList()) {
      Object[] r = (Object[]) o;
      rows.computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add(
              new Row(
                  String.valueOf(r[1]),
                  r[2] == null ? NO_AREA : String.valueOf(r[2]),
                  (String) r[3],
                  (String) r[4],
                  (String) r[5],
                  ((Number) r[6]).longValue()));
    }
    return rows;
  }

  record WaveInfo(
      long id,
      long organisationId,
      String title,
      LocalDate fieldEnd,
      long versionId,
      long questionnaireId,
      int minCell) {}

  /**
   * The wave; a closed wave without computed results (closed before results existed) is computed
   * first.
   */
  private WaveInfo require(long waveId) {
    List<?> found =
        em.createNativeQuery(
                "SELECT w.organisation_id, w.title, w.field_end, w.questionnaire_version_id,"
                    + " v.questionnaire_id, o.min_cell_size, w.state,"
                    + " (SELECT COUNT(*) FROM wave_result r WHERE r.wave_id = w.id)"
                    + " FROM survey_wave w"
                    + " JOIN questionnaire_version v ON v.id = w.questionnaire_version_id"
                    + " JOIN organisation o ON o.id = w.organisation_id WHERE w.id = ?1")
            .setParameter(1, waveId)
            .getResultList();
    if (found.isEmpty()) {
      throw new NoSuchResultException("results.unknownWave", waveId);
    }
    Object[] r = (Object[]) found.get(0);
    if ("CLOSED".equals(r[6]) && ((Number) r[7]).longValue() == 0) {
      atoms.computeIfMissing(waveId);
    }
    return new WaveInfo(
        waveId,
        ((Number) r[0]).longValue(),
        (String) r[1],
        r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2],
        ((Number) r[3]).longValue(),
        ((Number) r[4]).longValue(),
        Math.max(Suppression.MIN_THRESHOLD, ((Number) r[5]).intValue()));
  }

  private Map<String, String> areaCodes(WaveInfo wave) {
    Map<String, String> codes = new HashMap<>();
    for (Object o :
        em.createNativeQuery("SELECT id, code FROM area WHERE organisation_id = ?1")
            .setParameter(1, wave.organisationId())
            .getResultList()) {
      Object[] r = (Object[]) o;
      codes.put(String.valueOf(r[0]), (String) r[1]);
    }
    return codes;
  }

  private Labels labels(WaveInfo wave, Locale locale) {
    Instrument instrument =
        instruments
            .load(wave.versionId())
            .orElseThrow(() -> new IllegalStateException("No version " + wave.versionId()));
    String language =
        Instrument.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "de";
    Locale bundleLocale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
    Map<String, String> schools =
        names("SELECT id, name FROM school WHERE organisation_id = ?1", wave);
    Map<String, String> areas = names("SELECT id, name FROM area WHERE organisation_id = ?1", wave);
    return new Labels(
        wave,
        instrument,
        instrument.wording(Variant.STANDARD, language),
        ResourceBundle.getBundle(BUNDLE, bundleLocale),
        Locale.forLanguageTag(language),
        schools,
        areas);
  }

  private Map<String, String> names(String sql, WaveInfo wave) {
    Map<String, String> names = new HashMap<>();
    for (Object o :
        em.createNativeQuery(sql).setParameter(1, wave.organisationId()).getResultList()) {
      Object[] r = (Object[]) o;
      names.put(String.valueOf(r[0]), (String) r[1]);
    }
    return names;
  }

  /** Texts in one language: the questionnaire's, the groups' names, the bundle's. */
  record Labels(
      WaveInfo wave,
      Instrument instrument,
      Wording wording,
      ResourceBundle bundle,
      Locale locale,
      Map<String, String> schools,
      Map<String, String> areas) {

    String text(Asked asked) {
      String question = orKey(wording.text(TextKeys.question(asked.question().key())), asked.key());
      if (asked.item() == null) {
        return question;
      }
      String item = wording.text(TextKeys.item(asked.question().key(), asked.item()));
      return question + " – " + (item == null ? asked.item() : item);
    }

    String value(Asked asked, String value) {
      String q = asked.question().key();
      if (Instrument.DONT_KNOW.equals(value)) {
        return message("survey.page.dontKnow", value);
      }
      return switch (asked.question().kind()) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE ->
            orKey(wording.text(TextKeys.option(q, value)), value);
        case YES_NO ->
            "yes".equals(value)
                ? message("survey.page.yes", value)
                : "no".equals(value) ? message("survey.page.no", value) : value;
        case RATING, MATRIX -> {
          String end =
              "1".equals(value)
                  ? wording.text(TextKeys.low(q))
                  : "5".equals(value) ? wording.text(TextKeys.high(q)) : null;
          yield end == null ? value : value + " – " + end;
        }
        default -> value;
      };
    }

    String group(Breakdown by, String key) {
      return switch (by) {
        case TOTAL -> message("results.group.all", "all");
        case SCHOOL -> schools.getOrDefault(key, key);
        case AREA ->
            NO_AREA.equals(key)
                ? message("results.group.noArea", key)
                : areas.getOrDefault(key, key);
        case GRADE_BAND -> message("results.group.gradeBand", key).replace("{0}", key);
        case LANGUAGE -> {
          String name = Locale.forLanguageTag(key).getDisplayLanguage(locale);
          yield name.isEmpty() ? key : name;
        }
      };
    }

    /** Schools and areas by name, grade bands by grade, languages in the instrument's order. */
    List<String> sorted(Breakdown by, Set<String> keys) {
      Comparator<String> order =
          switch (by) {
            case GRADE_BAND -> Comparator.comparingInt(Labels::firstGrade).thenComparing(k -> k);
            case LANGUAGE ->
                Comparator.comparingInt(
                        (String k) -> {
                          int i = Instrument.LANGUAGES.indexOf(k);
                          return i < 0 ? Integer.MAX_VALUE : i;
                        })
                    .thenComparing(k -> k);
            default -> {
              Collator collator = Collator.getInstance(locale);
              yield Comparator.comparing((String k) -> group(by, k), collator)
                  .thenComparing(k -> k);
            }
          };
      return keys.stream().sorted(order).toList();
    }

    private static int firstGrade(String band) {
      try {
        return Integer.parseInt(band.split("-")[0]);
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }

    private String message(String key, String fallback) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return fallback;
      }
    }

    private static String orKey(String text, String key) {
      return text == null ? key : text;
    }
  }
}
