package de.planungsportal.survey;

import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The exchange format of questionnaire versions, so districts can share instruments: written by
 * {@link #write}, read by {@link #read}. The format is documented by the JSON Schema {@value
 * #SCHEMA} (draft 2020-12); {@link #read} checks the same constraints in code (structure, types,
 * names, enumerations, patterns and lengths), then {@link InstrumentRules}, and refuses a file with
 * every problem found, each naming where it is (a JSON pointer) — before anything is stored.
 */
public final class InstrumentJson {

  public static final String FORMAT = "planungsportal-questionnaire";
  public static final int FORMAT_VERSION = 1;

  /** The schema on the class path (web module resources). */
  public static final String SCHEMA = "/de/planungsportal/survey/questionnaire.schema.json";

  public static final int MAX_NAME = 200;
  public static final int MAX_ELEMENT = 90;

  /** A file read: the questionnaire's name and its content. */
  public record Imported(String name, Instrument instrument) {}

  private static final Pattern KEY = Pattern.compile(Instrument.KEY_PATTERN);
  private static final Set<String> TOP =
      Set.of(
          "$schema",
          "format",
          "formatVersion",
          "name",
          "version",
          "languages",
          "plainVariant",
          "sections",
          "texts");
  private static final Set<String> SECTION = Set.of("key", "questions");
  private static final Set<String> QUESTION =
      Set.of(
          "key",
          "kind",
          "display",
          "mandatory",
          "dontKnow",
          "randomise",
          "min",
          "max",
          "showIf",
          "options",
          "items");
  private static final Set<String> SHOW_IF = Set.of("question", "values");

  private InstrumentJson() {}

  /** The version as a file of the exchange format. */
  public static String write(String name, int versionNumber, Instrument instrument) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("name", name);
    root.put("version", versionNumber);
    root.put(
        "languages",
        Instrument.LANGUAGES.stream().filter(instrument.languages()::contains).toList());
    root.put("plainVariant", instrument.plainVariant());
    List<Object> sections = new ArrayList<>();
    for (Section section : instrument.sections()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("key", section.key());
      List<Object> questions = new ArrayList<>();
      for (Question q : section.questions()) {
        questions.add(question(q));
      }
      s.put("questions", questions);
      sections.add(s);
    }
    root.put("sections", sections);
    root.put("texts", texts(instrument));
    return JsonTree.write(root);
  }

  private static Map<String, Object> question(Question q) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", q.key());
    out.put("kind", q.kind().name());
    if (q.display() != null) {
      out.put("display", q.display().name());
    }
    out.put("mandatory", q.mandatory());
    out.put("dontKnow", q.dontKnow());
    out.put("randomise", q.randomise());
    if (q.min() != null) {
      out.put("min", q.min());
    }
    if (q.max() != null) {
      out.put("max", q.max());
    }
    if (q.showIfKey() != null) {
      Map<String, Object> showIf = new LinkedHashMap<>();
      showIf.put("question", q.showIfKey());
      showIf.put("values", new ArrayList<>(q.showIfValues()));
      out.put("showIf", showIf);
    }
    if (!q.options().isEmpty()) {
      out.put("options", q.options());
    }
    if (!q.items().isEmpty()) {
      out.put("items", q.items());
    }
    return out;
  }

  /** variant → language → element → text, in a stable order (German first, elements sorted). */
  private static Map<String, Object> texts(Instrument instrument) {
    Map<String, Object> byVariant = new LinkedHashMap<>();
    for (Variant variant : Variant.values()) {
      Map<String, Object> byLanguage = new LinkedHashMap<>();
      for (String language : Instrument.LANGUAGES) {
        Map<String, Object> elements = new TreeMap<>(Comparator.naturalOrder());
        for (Text t : instrument.texts()) {
          if (t.variant() == variant && t.language().equals(language)) {
            elements.put(t.element(), t.text());
          }
        }
        if (!elements.isEmpty()) {
          byLanguage.put(language, elements);
        }
      }
      if (!byLanguage.isEmpty()) {
        byVariant.put(variant.name(), byLanguage);
      }
    }
    return byVariant;
  }

  /**
   * Reads a file of the exchange format.
   *
   * @throws InstrumentRefusedException with every problem: not JSON, not the format (the schema's
   *     constraints), or an instrument that breaks {@link InstrumentRules}
   */
  public static Imported read(String json) {
    Object root;
    try {
      root = JsonTree.parse(json);
    } catch (JsonTree.SyntaxException e) {
      throw new InstrumentRefusedException(
          List.of(InstrumentProblem.of("instrument.json.syntax", e.line(), e.column())));
    }
    Reader reader = new Reader();
    Imported imported = reader.root(root);
    if (!reader.problems.isEmpty()) {
      throw new InstrumentRefusedException(reader.problems);
    }
    InstrumentRules.check(imported.instrument());
    return imported;
  }

  /** Walks the tree as the schema describes it, collecting problems by JSON pointer. */
  private static final class Reader {
    private final List<InstrumentProblem> problems = new ArrayList<>();

    Imported root(Object value) {
      Map<String, Object> root = object(value, "");
      if (root == null) {
        return null;
      }
      members(root, "", TOP, Set.of("format", "formatVersion", "name", "sections"));
      if (root.containsKey("format") && !FORMAT.equals(root.get("format"))) {
        problem("instrument.json.format", "/format", FORMAT);
      }
      Integer formatVersion = integer(root.get("formatVersion"), "/formatVersion", false);
      if (formatVersion != null && formatVersion != FORMAT_VERSION) {
        problems.add(
            InstrumentProblem.of("instrument.json.formatVersion", formatVersion, FORMAT_VERSION));
      }
      if (root.containsKey("$schema")) {
        string(root.get("$schema"), "/$schema", 500);
      }
      if (root.containsKey("version")) {
        integer(root.get("version"), "/version", false);
      }
      String name = string(root.get("name"), "/name", MAX_NAME);
      if (name != null && name.isBlank()) {
        problem("instrument.json.blank", "/name");
      }
      Set<String> languages = new LinkedHashSet<>();
      List<Object> languageList = array(root.get("languages"), "/languages", true);
      for (int i = 0; languageList != null && i < languageList.size(); i++) {
        String language = string(languageList.get(i), "/languages/" + i, 2);
        if (language != null) {
          if ("de".equals(language) || !Instrument.LANGUAGES.contains(language)) {
            problem("instrument.json.enum", "/languages/" + i, "en, tr, ar, uk, ru");
          } else if (!languages.add(language)) {
            problem("instrument.json.duplicate", "/languages/" + i);
          }
        }
      }
      boolean plain = bool(root.get("plainVariant"), "/plainVariant");
      List<Section> sections = new ArrayList<>();
      List<Object> sectionList = array(root.get("sections"), "/sections", false);
      for (int i = 0; sectionList != null && i < sectionList.size(); i++) {
        if (i >= InstrumentRules.MAX_SECTIONS) {
          problem("instrument.json.tooMany", "/sections", InstrumentRules.MAX_SECTIONS);
          break;
        }
        Section section = section(sectionList.get(i), "/sections/" + i);
        if (section != null) {
          sections.add(section);
        }
      }
      List<Text> texts = texts(root.get("texts"), "/texts");
      return new Imported(name, new Instrument(languages, plain, sections, texts));
    }

    private Section section(Object value, String at) {
      Map<String, Object> s = object(value, at);
      if (s == null) {
        return null;
      }
      members(s, at, SECTION, SECTION);
      String key = key(s.get("key"), at + "/key");
      List<Question> questions = new ArrayList<>();
      List<Object> list = array(s.get("questions"), at + "/questions", false);
      for (int i = 0; list != null && i < list.size(); i++) {
        if (i >= InstrumentRules.MAX_QUESTIONS) {
          problem("instrument.json.tooMany", at + "/questions", InstrumentRules.MAX_QUESTIONS);
          break;
        }
        Question q = question(list.get(i), at + "/questions/" + i);
        if (q != null) {
          questions.add(q);
        }
      }
      return new Section(key, questions);
    }

    private Question question(Object value, String at) {
      Map<String, Object> q = object(value, at);
      if (q == null) {
        return null;
      }
      members(q, at, QUESTION, Set.of("key", "kind"));
      String key = key(q.get("key"), at + "/key");
      QuestionKind kind =
          enumValue(q.get("kind"), at + "/kind", QuestionKind.class, QuestionKind.values());
      Display display =
          q.containsKey("display")
              ? enumValue(q.get("display"), at + "/display", Display.class, Display.values())
              : null;
      String showIfKey = null;
      Set<String> showIfValues = Set.of();
      if (q.containsKey("showIf")) {
        Map<String, Object> showIf = object(q.get("showIf"), at + "/showIf");
        if (showIf != null) {
          members(showIf, at + "/showIf", SHOW_IF, SHOW_IF);
          showIfKey = key(showIf.get("question"), at + "/showIf/question");
          showIfValues = new LinkedHashSet<>(keys(showIf.get("values"), at + "/showIf/values"));
          if (showIfValues.isEmpty() && showIf.containsKey("values")) {
            problem("instrument.json.empty", at + "/showIf/values");
          }
        }
      }
      return new Question(
          key,
          kind,
          display,
          bool(q.get("mandatory"), at + "/mandatory"),
          bool(q.get("dontKnow"), at + "/dontKnow"),
          bool(q.get("randomise"), at + "/randomise"),
          integer(q.get("min"), at + "/min", true),
          integer(q.get("max"), at + "/max", true),
          showIfKey,
          showIfValues,
          keys(q.get("options"), at + "/options"),
          keys(q.get("items"), at + "/items"));
    }

    private List<Text> texts(Object value, String at) {
      List<Text> texts = new ArrayList<>();
      if (value == null) {
        return texts;
      }
      Map<String, Object> byVariant = object(value, at);
      if (byVariant == null) {
        return texts;
      }
      for (Map.Entry<String, Object> v : byVariant.entrySet()) {
        String vAt = at + "/" + pointer(v.getKey());
        Variant variant =
            Arrays.stream(Variant.values())
                .filter(x -> x.name().equals(v.getKey()))
                .findFirst()
                .orElse(null);
        if (variant == null) {
          problem("instrument.json.unknown", vAt);
          continue;
        }
        Map<String, Object> byLanguage = object(v.getValue(), vAt);
        if (byLanguage == null) {
          continue;
        }
        for (Map.Entry<String, Object> l : byLanguage.entrySet()) {
          String lAt = vAt + "/" + pointer(l.getKey());
          if (!Instrument.LANGUAGES.contains(l.getKey())) {
            problem("instrument.json.unknown", lAt);
            continue;
          }
          Map<String, Object> elements = object(l.getValue(), lAt);
          if (elements == null) {
            continue;
          }
          for (Map.Entry<String, Object> e : elements.entrySet()) {
            String eAt = lAt + "/" + pointer(e.getKey());
            if (e.getKey().isEmpty() || e.getKey().length() > MAX_ELEMENT) {
              problem("instrument.json.unknown", eAt);
              continue;
            }
            String text = string(e.getValue(), eAt, InstrumentRules.MAX_TEXT);
            if (text != null) {
              texts.add(new Text(variant, l.getKey(), e.getKey(), text));
            }
          }
        }
      }
      return texts;
    }

    private List<String> keys(Object value, String at) {
      if (value == null) {
        return List.of();
      }
      List<Object> list = array(value, at, true);
      List<String> keys = new ArrayList<>();
      for (int i = 0; list != null && i < list.size(); i++) {
        if (i >= InstrumentRules.MAX_CHOICES) {
          problem("instrument.json.tooMany", at, InstrumentRules.MAX_CHOICES);
          break;
        }
        String key = key(list.get(i), at + "/" + i);
        if (key != null) {
          keys.add(key);
        }
      }
      return keys;
    }

    private void members(
        Map<String, Object> object, String at, Set<String> allowed, Set<String> required) {
      for (String name : object.keySet()) {
        if (!allowed.contains(name)) {
          problem("instrument.json.unknown", at + "/" + pointer(name));
        }
      }
      for (String name : required) {
        if (!object.containsKey(name)) {
          problem("instrument.json.missing", at.isEmpty() ? "/" : at, name);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, String at) {
      if (value instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
      problem("instrument.json.type", at.isEmpty() ? "/" : at, "object");
      return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(Object value, String at, boolean optional) {
      if (value == null && optional) {
        return null;
      }
      if (value instanceof List<?> list) {
        return (List<Object>) list;
      }
      if (value != null) {
        problem("instrument.json.type", at, "array");
      }
      return null;
    }

    private String string(Object value, String at, int maxLength) {
      if (value == null) {
        return null;
      }
      if (!(value instanceof String s)) {
        problem("instrument.json.type", at, "string");
        return null;
      }
      if (s.length() > maxLength) {
        problem("instrument.json.tooLong", at, maxLength);
        return null;
      }
      return s;
    }

    private String key(Object value, String at) {
      String key = string(value, at, 40);
      if (key != null && !KEY.matcher(key).matches()) {
        problem("instrument.json.key", at, key);
      }
      return key;
    }

    private boolean bool(Object value, String at) {
      if (value == null) {
        return false;
      }
      if (value instanceof Boolean b) {
        return b;
      }
      problem("instrument.json.type", at, "boolean");
      return false;
    }

    private Integer integer(Object value, String at, boolean optional) {
      if (value == null) {
        return null;
      }
      if (value == JsonTree.NULL && optional) {
        return null;
      }
      if (value instanceof BigDecimal number) {
        try {
          return number.intValueExact();
        } catch (ArithmeticException e) {
          // not a whole number, or beyond int
        }
      }
      problem("instrument.json.type", at, "integer");
      return null;
    }

    private <E extends Enum<E>> E enumValue(Object value, String at, Class<E> type, E[] values) {
      String name = string(value, at, 40);
      if (name == null) {
        return null;
      }
      for (E e : values) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      problem(
          "instrument.json.enum",
          at,
          String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
      return null;
    }

    private void problem(String key, String at, Object... more) {
      Object[] arguments = new Object[more.length + 1];
      arguments[0] = at;
      System.arraycopy(more, 0, arguments, 1, more.length);
      problems.add(InstrumentProblem.of(key, arguments));
    }

    /** A member name as a JSON pointer segment (RFC 6901). */
    private static String pointer(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }
  }
}
