package de.planungsportal.results.export;

import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import de.planungsportal.survey.QuestionKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small wave's figures as SurveyResults would give them: one group suppressed. */
final class ResultFixtures {

  static final String FORMULA_QUESTION = "=HYPERLINK(\"http://evil.example\")";
  static final String SCHOOL_SHOWN = "Grundschule Nord";
  static final String SCHOOL_SUPPRESSED = "Kleine Dorfschule";

  private ResultFixtures() {}

  static ResultCell cell(String key, String label, long zuFuss, long bus) {
    long answered = zuFuss + bus;
    return new ResultCell(
        key,
        label,
        false,
        answered,
        List.of(
            new OptionFigure("1", "zu Fuß", zuFuss, 100.0 * zuFuss / answered),
            new OptionFigure("2", "mit dem Bus", bus, 100.0 * bus / answered)),
        null,
        null);
  }

  static QuestionResult way(Breakdown by, List<ResultCell> groups) {
    return new QuestionResult(
        "way", FORMULA_QUESTION, QuestionKind.SINGLE_CHOICE, by, cell("all", "Alle", 9, 3), groups);
  }

  static Map<Breakdown, List<QuestionResult>> wave() {
    Map<Breakdown, List<QuestionResult>> wave = new EnumMap<>(Breakdown.class);
    wave.put(Breakdown.TOTAL, List.of(way(Breakdown.TOTAL, List.of())));
    wave.put(
        Breakdown.SCHOOL,
        List.of(
            way(
                Breakdown.SCHOOL,
                List.of(
                    cell("1", SCHOOL_SHOWN, 7, 3),
                    ResultCell.suppressed("2", SCHOOL_SUPPRESSED)))));
    return wave;
  }

  static WaveFacts facts() {
    return new WaveFacts(
        7,
        "Jugendbefragung 2027",
        "Landkreis Musterland",
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 31),
        1L);
  }
}
