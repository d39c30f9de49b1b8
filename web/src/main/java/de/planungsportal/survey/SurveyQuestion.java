package de.planungsportal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A question of a wave, in German and optionally English (German stands in for a gap). */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

  public static final int MAX_TEXT = 2000;
  public static final int RATING_STEPS = 5;

  @Id private Long id;

  @Column(name = "wave_id", nullable = false)
  private Long waveId;

  @Column(nullable = false)
  private int position;

  @Column(name = "question_key", nullable = false, length = 40)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuestionKind kind;

  @Column(nullable = false)
  private boolean mandatory;

  @Column(name = "text_de", nullable = false, length = 500)
  private String textDe;

  @Column(name = "text_en", length = 500)
  private String textEn;

  @Column(name = "options_de", length = 2000)
  private String optionsDe;

  @Column(name = "options_en", length = 2000)
  private String optionsEn;

  protected SurveyQuestion() {}

  SurveyQuestion(
      String key, QuestionKind kind, boolean mandatory, String textDe, String optionsDe) {
    this.key = key;
    this.kind = kind;
    this.mandatory = mandatory;
    this.textDe = textDe;
    this.optionsDe = optionsDe;
  }

  public String getKey() {
    return key;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public String text(Locale locale) {
    return english(locale) && textEn != null ? textEn : textDe;
  }

  /** Options of a choice, or the labels of a rating's two ends. */
  public List<String> options(Locale locale) {
    String lines = english(locale) && optionsEn != null ? optionsEn : optionsDe;
    return lines == null
        ? List.of()
        : Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The stored form of an answer given in a language, or null if the value is not one this question
   * accepts there. Choices are stored as the number (1-based) of the option in the list that was
   * shown, so results do not depend on the language; the translations of a question must therefore
   * list the same options in the same order (the questionnaire builder has to ensure it).
   */
  public String accept(String value, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (kind) {
      case SINGLE_CHOICE -> number(value, options(locale).size());
      case RATING -> number(value, RATING_STEPS);
      case LONG_TEXT -> value.length() <= MAX_TEXT ? value.strip() : null;
      default -> null;
    };
  }

  private static String number(String value, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      return n >= 1 && n <= max ? Integer.toString(n) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
