package de.planungsportal.survey;

import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instrument as the builder edits it: mutable, with each element's texts kept beside the element
 * (so renaming a key keeps its texts and translations). {@link #of} and {@link #toInstrument}
 * convert; {@link InstrumentRules} judges the result on save.
 */
public class InstrumentDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The slot of a text: variant and language, e.g. {@code STANDARD:de}. */
  public static String slot(Variant variant, String language) {
    return variant.name() + ":" + language;
  }

  public static final String GERMAN = slot(Variant.STANDARD, "de");

  /** The texts of one element by slot. */
  public static class Texts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> map = new HashMap<>();

    public Map<String, String> getMap() {
      return map;
    }

    public String getGerman() {
      return map.get(GERMAN);
    }

    public void setGerman(String text) {
      put(GERMAN, text);
    }

    void put(String slot, String text) {
      if (text == null || text.isBlank()) {
        map.remove(slot);
      } else {
        map.put(slot, text);
      }
    }
  }

  /** A keyed element with texts: section, option or matrix item. */
  public static class Element implements Serializable {
    private static final long serialVersionUID = 1L;
    private String key;
    private final Texts texts = new Texts();

    Element(String key) {
      this.key = key;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key == null ? null : key.strip();
    }

    public Texts getTexts() {
      return texts;
    }
  }

  public static class SectionDraft extends Element {
    private static final long serialVersionUID = 1L;
    private final List<QuestionDraft> questions = new ArrayList<>();

    SectionDraft(String key) {
      super(key);
    }

    public List<QuestionDraft> getQuestions() {
      return questions;
    }
  }

  public static class QuestionDraft extends Element {
    private static final long serialVersionUID = 1L;
    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private Display display = Display.RADIO;
    private boolean mandatory;
    private boolean dontKnow;
    private boolean randomise;
    private Integer min;
    private Integer max;
    private String showIfKey;
    private List<String> showIfValues = new ArrayList<>();
    private final List<Element> options = new ArrayList<>();
    private final List<Element> items = new ArrayList<>();
    private final Texts help = new Texts();
    private final Texts low = new Texts();
    private final Texts high = new Texts();

    QuestionDraft(String key) {
      super(key);
    }

    public boolean isChoice() {
      return kind != null && kind.hasOptions();
    }

    public boolean isMatrix() {
      return kind == QuestionKind.MATRIX;
    }

    public boolean isScale() {
      return kind == QuestionKind.RATING || kind == QuestionKind.MATRIX;
    }

    public boolean isNumber() {
      return kind == QuestionKind.NUMBER;
    }

    public QuestionKind getKind() {
      return kind;
    }

    /** A form that sends no kind (none chosen) keeps the one there is. */
    public void setKind(QuestionKind kind) {
      if (kind != null) {
        this.kind = kind;
      }
    }

    public Display getDisplay() {
      return display;
    }

    public void setDisplay(Display display) {
      this.display = display;
    }

    public boolean isMandatory() {
      return mandatory;
    }

    public void setMandatory(boolean mandatory) {
      this.mandatory = mandatory;
    }

    public boolean isDontKnow() {
      return dontKnow;
    }

    public void setDontKnow(boolean dontKnow) {
      this.dontKnow = dontKnow;
    }

    public boolean isRandomise() {
      return randomise;
    }

    public void setRandomise(boolean randomise) {
      this.randomise = randomise;
    }

    public Integer getMin() {
      return min;
    }

    public void setMin(Integer min) {
      this.min = min;
    }

    public Integer getMax() {
      return max;
    }

    public void setMax(Integer max) {
      this.max = max;
    }

    public String getShowIfKey() {
      return showIfKey;
    }

    public void setShowIfKey(String showIfKey) {
      this.showIfKey = showIfKey == null || showIfKey.isBlank() ? null : showIfKey;
    }

    public List<String> getShowIfValues() {
      return showIfValues;
    }

    public void setShowIfValues(List<String> showIfValues) {
      this.showIfValues = showIfValues == null ? new ArrayList<>() : new ArrayList<>(showIfValues);
    }

    public List<Element> getOptions() {
      return options;
    }

    public List<Element> getItems() {
      return items;
    }

    public Texts getHelp() {
      return help;
    }

    public Texts getLow() {
      return low;
    }

    public Texts getHigh() {
      return high;
    }

    /** The question as the rules see it, for its condition values. */
    Question toQuestion() {
      boolean choice = isChoice();
      return new Question(
          getKey(),
          kind,
          kind == QuestionKind.SINGLE_CHOICE ? (display == null ? Display.RADIO : display) : null,
          mandatory,
          dontKnow,
          choice && randomise,
          kind == QuestionKind.NUMBER ? min : null,
          kind == QuestionKind.NUMBER ? max : null,
          showIfKey,
          showIfKey == null ? Set.of() : new LinkedHashSet<>(showIfValues),
          choice ? options.stream().map(Element::getKey).toList() : List.of(),
          isMatrix() ? items.stream().map(Element::getKey).toList() : List.of());
    }
  }

  /** One line of the translations table: an element, its German text and its texts by slot. */
  public record TranslationRow(String element, boolean required, Texts texts)
      implements Serializable {}

  private List<String> languages = new ArrayList<>();
  private boolean plainVariant;
  private final Texts title = new Texts();
  private final Texts intro = new Texts();
  private final List<SectionDraft> sections = new ArrayList<>();

  public static InstrumentDraft of(Instrument instrument) {
    InstrumentDraft draft = new InstrumentDraft();
    draft.languages =
        new ArrayList<>(
            Instrument.LANGUAGES.stream().filter(instrument.languages()::contains).toList());
    draft.plainVariant = instrument.plainVariant();
    Map<String, Texts> byElement = new HashMap<>();
    byElement.put(TextKeys.TITLE, draft.title);
    byElement.put(TextKeys.INTRO, draft.intro);
    for (Section section : instrument.sections()) {
      SectionDraft s = new SectionDraft(section.key());
      byElement.put(TextKeys.section(section.key()), s.getTexts());
      for (Question q : section.questions()) {
        QuestionDraft d = new QuestionDraft(q.key());
        d.kind = q.kind();
        d.display = q.display();
        d.mandatory = q.mandatory();
        d.dontKnow = q.dontKnow();
        d.randomise = q.randomise();
        d.min = q.min();
        d.max = q.max();
        d.showIfKey = q.showIfKey();
        d.showIfValues = new ArrayList<>(q.showIfValues());
        byElement.put(TextKeys.question(q.key()), d.getTexts());
        byElement.put(TextKeys.help(q.key()), d.help);
        byElement.put(TextKeys.low(q.key()), d.low);
        byElement.put(TextKeys.high(q.key()), d.high);
        for (String option : q.options()) {
          Element o = new Element(option);
          d.options.add(o);
          byElement.put(TextKeys.option(q.key(), option), o.getTexts());
        }
        for (String item : q.items()) {
          Element i = new Element(item);
          d.items.add(i);
          byElement.put(TextKeys.item(q.key(), item), i.getTexts());
        }
        s.questions.add(d);
      }
      draft.sections.add(s);
    }
    for (Text t : instrument.texts()) {
      Texts texts = byElement.get(t.element());
      if (texts != null) {
        texts.put(slot(t.variant(), t.language()), t.text());
      }
    }
    return draft;
  }

  /**
   * The instrument to save. Texts of languages no longer offered, and plain texts without the plain
   * variant, are left out (kept in the editor until the page is left, so a toggle can be undone).
   */
  public Instrument toInstrument() {
    List<Section> out = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    addTexts(texts, TextKeys.TITLE, title);
    addTexts(texts, TextKeys.INTRO, intro);
    for (SectionDraft s : sections) {
      List<Question> questions = new ArrayList<>();
      addTexts(texts, TextKeys.section(s.getKey()), s.getTexts());
      for (QuestionDraft q : s.questions) {
        Question question = q.toQuestion();
        questions.add(question);
        addTexts(texts, TextKeys.question(q.getKey()), q.getTexts());
        addTexts(texts, TextKeys.help(q.getKey()), q.help);
        if (q.isScale()) {
          addTexts(texts, TextKeys.low(q.getKey()), q.low);
          addTexts(texts, TextKeys.high(q.getKey()), q.high);
        }
        if (q.isChoice()) {
          q.options.forEach(
              o -> addTexts(texts, TextKeys.option(q.getKey(), o.getKey()), o.getTexts()));
        }
        if (q.isMatrix()) {
          q.items.forEach(
              i -> addTexts(texts, TextKeys.item(q.getKey(), i.getKey()), i.getTexts()));
        }
      }
      out.add(new Section(s.getKey(), questions));
    }
    return new Instrument(new LinkedHashSet<>(languages), plainVariant, out, texts);
  }

  private void addTexts(List<Text> texts, String element, Texts source) {
    source.map.forEach(
        (slot, text) -> {
          if (text == null || text.isBlank()) {
            return;
          }
          String[] parts = slot.split(":", 2);
          Variant variant = Variant.valueOf(parts[0]);
          boolean offered = "de".equals(parts[1]) || languages.contains(parts[1]);
          if (offered && (variant == Variant.STANDARD || plainVariant)) {
            texts.add(new Text(variant, parts[1], element, text.strip()));
          }
        });
  }

  /** Every element that has or needs texts, in the order of the questionnaire. */
  public List<TranslationRow> translationRows() {
    List<TranslationRow> rows = new ArrayList<>();
    rows.add(new TranslationRow(TextKeys.TITLE, true, title));
    rows.add(new TranslationRow(TextKeys.INTRO, false, intro));
    for (SectionDraft s : sections) {
      rows.add(new TranslationRow(TextKeys.section(s.getKey()), true, s.getTexts()));
      for (QuestionDraft q : s.questions) {
        rows.add(new TranslationRow(TextKeys.question(q.getKey()), true, q.getTexts()));
        rows.add(new TranslationRow(TextKeys.help(q.getKey()), false, q.help));
        if (q.isScale()) {
          rows.add(new TranslationRow(TextKeys.low(q.getKey()), true, q.low));
          rows.add(new TranslationRow(TextKeys.high(q.getKey()), true, q.high));
        }
        if (q.isChoice()) {
          q.options.forEach(
              o ->
                  rows.add(
                      new TranslationRow(
                          TextKeys.option(q.getKey(), o.getKey()), true, o.getTexts())));
        }
        if (q.isMatrix()) {
          q.items.forEach(
              i ->
                  rows.add(
                      new TranslationRow(
                          TextKeys.item(q.getKey(), i.getKey()), true, i.getTexts())));
        }
      }
    }
    return rows;
  }

  /** The questions before this one that a condition may refer to. */
  public List<QuestionDraft> conditionSources(QuestionDraft question) {
    List<QuestionDraft> earlier = new ArrayList<>();
    for (SectionDraft s : sections) {
      for (QuestionDraft q : s.questions) {
        if (q == question) {
          return earlier;
        }
        if (!InstrumentRules.conditionValues(q.toQuestion()).isEmpty()) {
          earlier.add(q);
        }
      }
    }
    return earlier;
  }

  /** The values the condition's question can store, or none. */
  public List<String> conditionValues(QuestionDraft question) {
    if (question.showIfKey == null) {
      return List.of();
    }
    for (SectionDraft s : sections) {
      for (QuestionDraft q : s.questions) {
        if (question.showIfKey.equals(q.getKey())) {
          return InstrumentRules.conditionValues(q.toQuestion());
        }
      }
    }
    return List.of();
  }

  public SectionDraft addSection() {
    SectionDraft section = new SectionDraft(freeKey("s", allSectionKeys()));
    sections.add(section);
    addQuestion(section);
    return section;
  }

  public QuestionDraft addQuestion(SectionDraft section) {
    List<String> keys = new ArrayList<>();
    sections.forEach(s -> s.questions.forEach(q -> keys.add(q.getKey())));
    QuestionDraft question = new QuestionDraft(freeKey("q", keys));
    addOption(question);
    addOption(question);
    section.questions.add(question);
    return question;
  }

  public Element addOption(QuestionDraft question) {
    Element option =
        new Element(freeKey("a", question.options.stream().map(Element::getKey).toList()));
    question.options.add(option);
    return option;
  }

  public Element addItem(QuestionDraft question) {
    Element item = new Element(freeKey("i", question.items.stream().map(Element::getKey).toList()));
    question.items.add(item);
    return item;
  }

  /** Moves an entry of a list one place up (-1) or down (+1); does nothing at the ends. */
  public static <T> void move(List<T> list, T entry, int by) {
    int from = list.indexOf(entry);
    int to = from + by;
    if (from >= 0 && to >= 0 && to < list.size()) {
      Collections.swap(list, from, to);
    }
  }

  private List<String> allSectionKeys() {
    return sections.stream().map(Element::getKey).toList();
  }

  private static String freeKey(String prefix, List<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
  }

  public boolean isPlainVariant() {
    return plainVariant;
  }

  public void setPlainVariant(boolean plainVariant) {
    this.plainVariant = plainVariant;
  }

  public Texts getTitle() {
    return title;
  }

  public Texts getIntro() {
    return intro;
  }

  public List<SectionDraft> getSections() {
    return sections;
  }
}
