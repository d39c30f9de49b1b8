package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.planungsportal.common.ImportRefusedException;
import de.planungsportal.common.ImportRefusedException.Problem;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Upload;
import de.planungsportal.indicator.Direction;
import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.indicator.IndicatorFigures;
import de.planungsportal.indicator.IndicatorForm;
import de.planungsportal.indicator.IndicatorValues;
import de.planungsportal.indicator.IndicatorValues.ValueRow;
import de.planungsportal.indicator.SurveyReading;
import de.planungsportal.indicator.SurveyValues;
import de.planungsportal.indicator.ValueOrigin;
import de.planungsportal.it.ResultsFixture.Respondent;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indicator catalogue and its values on MariaDB, each test in a district of its own: planners
 * edit, staff read, other organisations see nothing; the statistics import stores every line or
 * none; values belong to the area version of their year; survey values come through the results
 * feature with small groups stored as "measured, not shown".
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(IndicatorIT.class, ResultsFixture.class);
  }

  @Inject IndicatorCatalogue catalogue;
  @Inject IndicatorValues values;
  @Inject IndicatorFigures figures;
  @Inject SurveyValues surveyValues;
  @Inject ResultsFixture fixture;
  @PersistenceContext EntityManager em;

  private long org;
  private Actor planner;
  private Actor contributor;
  private Actor stranger;

  @BeforeEach
  void district() {
    org = fixture.organisation(3);
    long other = fixture.organisation(5);
    planner = actor(organisation(org), "planer", Role.PLANNER, null);
    contributor = actor(organisation(org), "kita", Role.DEPARTMENT_CONTRIBUTOR, null);
    stranger = actor(organisation(other), "fremd", Role.PLANNER, null);
  }

  @Test
  void plannersKeepTheCatalogueStaffReadItAndOthersSeeNothing() {
    Indicator saved = catalogue.save(planner, form("SGB2-U15", "Kinderarmut", Direction.DOWN));

    assertThat(catalogue.list(contributor))
        .extracting(Indicator::getCode)
        .containsExactly("SGB2-U15");
    assertThat(catalogue.list(stranger)).isEmpty();
    assertThatThrownBy(() -> catalogue.find(stranger, saved.getId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> catalogue.save(contributor, form("X", "Y", Direction.UP)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(message(() -> catalogue.save(planner, form("SGB2-U15", "Doppelt", Direction.UP))))
        .isEqualTo("indicator.codeTaken");
    assertThatThrownBy(() -> catalogue.save(planner, form("bad code!", "Name", Direction.UP)))
        .isInstanceOf(ConstraintViolationException.class);
    IndicatorForm noDirection = form("OHNE", "Ohne Richtung", null);
    assertThatThrownBy(() -> catalogue.save(planner, noDirection))
        .isInstanceOf(ConstraintViolationException.class);

    IndicatorForm edit = IndicatorForm.of(catalogue.find(planner, saved.getId()));
    edit.setName("Kinder in Bedarfsgemeinschaften");
    catalogue.save(planner, edit);
    assertThat(catalogue.find(contributor, saved.getId()).getName())
        .isEqualTo("Kinder in Bedarfsgemeinschaften");
    assertThat(audited("indicator.create")).isEqualTo(1);
    assertThat(audited("indicator.edit")).isEqualTo(1);
  }

  @Test
  void aSurveySourceMustNameAQuestionOfAnOwnQuestionnaire() {
    long questionnaire = fixture.questionnaire(org, "Jugendbefragung");
    fixture.version(questionnaire, 1);
    IndicatorForm form = form("WOHL", "Wohlfühlen", Direction.UP);
    form.setQuestionnaireId(questionnaire);
    form.setQuestionKey("gibt-es-nicht");
    form.setReading(SurveyReading.SHARE);
    form.setOptions("4,5");
    assertThat(message(() -> catalogue.save(planner, form)))
        .isEqualTo("indicator.survey.questionUnknown");
    form.setQuestionKey("feel");
    form.setOptions("");
    assertThat(message(() -> catalogue.save(planner, form)))
        .isEqualTo("indicator.survey.optionsMissing");
    long foreign = fixture.questionnaire(fixture.organisation(5), "Fremd");
    form.setQuestionnaireId(foreign);
    form.setOptions("4,5");
    assertThat(message(() -> catalogue.save(planner, form)))
        .isEqualTo("indicator.survey.questionnaireUnknown");
    assertThat(catalogue.list(planner)).isEmpty();

    form.setQuestionnaireId(questionnaire);
    Indicator saved = catalogue.save(planner, form);
    assertThat(saved.isSurveyBased()).isTrue();
    assertThat(saved.optionKeys()).containsExactly("4", "5");
  }

  @Test
  void anIndicatorInUseIsNotDeletedAndAnUnusedOneIs() {
    fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    Indicator used = catalogue.save(planner, form("USED", "Benutzt", Direction.UP));
    Indicator unused = catalogue.save(planner, form("UNUSED", "Unbenutzt", Direction.UP));
    values.record(planner, used.getId(), "nord", 2023, new BigDecimal("4.5"));

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> catalogue.delete(planner, used.getId()));
    catalogue.delete(planner, unused.getId());

    assertThat(refused.messageKey()).isEqualTo("indicator.inUse");
    assertThat(refused.arguments()).containsExactly("Benutzt", 1L, 0L);
    assertThat(catalogue.list(planner)).extracting(Indicator::getCode).containsExactly("USED");
    assertThatThrownBy(() -> catalogue.delete(contributor, used.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void statisticsImportStoresEveryLineOrNoneAndNamesEachProblem() {
    fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    fixture.area(org, "sued", "Südstadt", LocalDate.of(2000, 1, 1));
    Indicator poverty = catalogue.save(planner, form("SGB2-U15", "Kinderarmut", Direction.DOWN));
    String bad =
        "indicator;area;year;value\n"
            + "SGB2-U15;nord;2023;12,4\n"
            + "UNBEKANNT;nord;2023;1\n"
            + "SGB2-U15;nirgends;2023;1\n"
            + "SGB2-U15;sued;20x3;1\n"
            + "SGB2-U15;sued;2023;viel\n"
            + "sgb2-u15;nord;2023;13\n";

    ImportRefusedException refused =
        catchThrowableOfType(
            ImportRefusedException.class, () -> values.importStatistics(planner, csv(bad)));

    assertThat(refused.problems())
        .extracting(Problem::line, Problem::column, Problem::messageKey)
        .containsExactly(
            tuple(3, "indicator", "indicator.import.unknownIndicator"),
            tuple(4, "area", "indicator.import.unknownArea"),
            tuple(5, "year", "indicator.import.badYear"),
            tuple(6, "value", "indicator.import.badValue"),
            tuple(7, null, "indicator.import.duplicate"));
    assertThat(values.values(planner, poverty.getId())).isEmpty();
    assertThat(audited("indicator.import")).isZero();

    String good =
        "Indikator;Gebiet;Jahr;Wert\n"
            + "SGB2-U15;nord;2023;12,4\n"
            + "SGB2-U15;sued;2023;9.75\n"
            + "SGB2-U15;;2023;11\n";
    assertThat(values.importStatistics(planner, csv(good))).isEqualTo(3);
    assertThat(values.importStatistics(planner, csv(good.replace("12,4", "12,6")))).isEqualTo(3);

    assertThat(values.values(contributor, poverty.getId()))
        .extracting(ValueRow::areaCode, ValueRow::year, ValueRow::value, ValueRow::origin)
        .containsExactlyInAnyOrder(
            tuple(null, 2023, new BigDecimal("11.0000"), ValueOrigin.STATISTICS),
            tuple("nord", 2023, new BigDecimal("12.6000"), ValueOrigin.STATISTICS),
            tuple("sued", 2023, new BigDecimal("9.7500"), ValueOrigin.STATISTICS));
    assertThat(audited("indicator.import")).isEqualTo(2);
    assertThat(
            figures.comparison(planner, poverty.getId(), 2023, Direction.DOWN).stream()
                .map(c -> c.areaCode())
                .toList())
        .as("less is better: the smaller value first")
        .containsExactly("sued", "nord");
    assertThatThrownBy(() -> values.importStatistics(contributor, csv(good)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aValueBelongsToTheAreaVersionOfItsYear() {
    long before = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    fixture.update("UPDATE area SET valid_to = '2023-07-01' WHERE id = ?1", before);
    long after = fixture.area(org, "nord", "Nordstadt (neu)", LocalDate.of(2023, 7, 1));
    Indicator indicator = catalogue.save(planner, form("BQ-U3", "Betreuungsquote", Direction.UP));

    values.importStatistics(
        planner,
        csv(
            "indicator;area;year;value\nBQ-U3;nord;2022;30\nBQ-U3;nord;2023;31\nBQ-U3;nord;2024;33\n"));

    assertThat(
            fixture.count(
                "SELECT area_id FROM indicator_value WHERE indicator_id = ?1 AND year = 2022",
                indicator.getId()))
        .isEqualTo(before);
    assertThat(
            fixture.count(
                "SELECT area_id FROM indicator_value WHERE indicator_id = ?1 AND year = 2023",
                indicator.getId()))
        .as("redrawn in the year: the new version")
        .isEqualTo(after);
    assertThat(figures.trend(planner, indicator.getId(), "nord"))
        .extracting(ValueRow::year, ValueRow::areaName)
        .containsExactly(
            tuple(2022, "Nordstadt"),
            tuple(2023, "Nordstadt (neu)"),
            tuple(2024, "Nordstadt (neu)"));
    assertThat(
            message(() -> values.record(planner, indicator.getId(), "nord", 1999, BigDecimal.ONE)))
        .isEqualTo("indicator.value.noArea");
  }

  @Test
  void surveyValuesAreTheShareOfTheChosenAnswersAndASmallAreaIsMeasuredNotShown() {
    long nord = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    long mitte = fixture.area(org, "mitte", "Mitte", LocalDate.of(2000, 1, 1));
    long sued = fixture.area(org, "sued", "Südstadt", LocalDate.of(2000, 1, 1));
    long a = fixture.school(org, "a", "Schule A");
    long b = fixture.school(org, "b", "Schule B");
    long c = fixture.school(org, "c", "Schule C");
    long questionnaire = fixture.questionnaire(org, "Jugendbefragung");
    long version = fixture.version(questionnaire, 1);
    long wave = fixture.wave(org, version, "Welle 2024", LocalDate.of(2024, 6, 30), "CLOSED");
    long running =
        fixture.wave(org, version, "Welle läuft", LocalDate.now().plusDays(30), "IN_FIELD");
    String[] feelNord = {"5", "4", "4", "2", "1", "3"}; // 3 of 6 chose 4 or 5
    String[] feelMitte = {"5", "5", "5", "4", "1", "2", "3", "3"}; // 4 of 8
    for (String feel : feelNord) {
      fixture.respond(wave, new Respondent(a, nord, "7-8", "de"), Map.of("feel", feel));
    }
    for (String feel : feelMitte) {
      fixture.respond(wave, new Respondent(b, mitte, "7-8", "de"), Map.of("feel", feel));
    }
    for (String feel : new String[] {"5", "5"}) { // two answers: below the threshold of 3
      fixture.respond(wave, new Respondent(c, sued, "7-8", "de"), Map.of("feel", feel));
    }
    IndicatorForm form = form("WOHL", "Fühlt sich wohl", Direction.UP);
    form.setQuestionnaireId(questionnaire);
    form.setQuestionKey("feel");
    form.setReading(SurveyReading.SHARE);
    form.setOptions("4,5");
    Indicator indicator = catalogue.save(planner, form);

    assertThat(surveyValues.waves(planner, indicator.getId()))
        .extracting(SurveyValues.WaveOption::id)
        .containsExactly(wave);
    assertThat(
            message(
                () ->
                    surveyValues.takeFromWave(planner, indicator.getId(), running, Locale.GERMAN)))
        .isEqualTo("indicator.survey.waveNotClosed");
    assertThatThrownBy(
            () -> surveyValues.takeFromWave(contributor, indicator.getId(), wave, Locale.GERMAN))
        .isInstanceOf(AccessDeniedException.class);

    int stored = surveyValues.takeFromWave(planner, indicator.getId(), wave, Locale.GERMAN);

    List<ValueRow> rows = values.values(planner, indicator.getId());
    assertThat(stored).isEqualTo(4);
    assertThat(rows).extracting(ValueRow::origin).containsOnly(ValueOrigin.SURVEY);
    assertThat(rows).extracting(ValueRow::year).containsOnly(2024);
    assertThat(rows).extracting(ValueRow::originRef).containsOnly(String.valueOf(wave));
    assertThat(value(rows, null)).isEqualByComparingTo("56.2500"); // 9 of 16
    assertThat(value(rows, "sued")).as("suppressed: measured, not shown").isNull();
    assertThat(rows.stream().filter(r -> "sued".equals(r.areaCode())).count()).isEqualTo(1);
    // an area the suppression also had to hide is stored as NULL too; a shown one is exact
    BigDecimal shownNord = value(rows, "nord");
    BigDecimal shownMitte = value(rows, "mitte");
    if (shownNord != null) {
      assertThat(shownNord).isEqualByComparingTo("50");
    }
    if (shownMitte != null) {
      assertThat(shownMitte).isEqualByComparingTo("50");
    }

    assertThat(surveyValues.takeFromWave(planner, indicator.getId(), wave, Locale.GERMAN))
        .as("taken again: replaced, not doubled")
        .isEqualTo(4);
    assertThat(values.values(planner, indicator.getId())).hasSize(4);
  }

  @Test
  void anotherFeatureDeliversValuesOnlyForAreasOfTheOwnOrganisation() {
    long nord = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    long foreign = fixture.area(fixture.organisation(5), "nord", "Fremd", LocalDate.of(2000, 1, 1));
    Indicator indicator = catalogue.save(planner, form("GT-GS", "Ganztag", Direction.UP));

    values.deliver(
        planner,
        indicator.getId(),
        nord,
        2024,
        new BigDecimal("48.5"),
        ValueOrigin.DATA_REQUEST,
        "7");

    assertThat(values.values(planner, indicator.getId()))
        .extracting(ValueRow::areaCode, ValueRow::origin, ValueRow::originRef)
        .containsExactly(tuple("nord", ValueOrigin.DATA_REQUEST, "7"));
    assertThatThrownBy(
            () ->
                values.deliver(
                    planner,
                    indicator.getId(),
                    foreign,
                    2024,
                    BigDecimal.ONE,
                    ValueOrigin.DATA_REQUEST,
                    "8"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(values.values(planner, indicator.getId())).hasSize(1);
  }

  private static BigDecimal value(List<ValueRow> rows, String areaCode) {
    return rows.stream()
        .filter(r -> java.util.Objects.equals(r.areaCode(), areaCode))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private static IndicatorForm form(String code, String name, Direction direction) {
    IndicatorForm form = new IndicatorForm();
    form.setCode(code);
    form.setName(name);
    form.setDefinition("Definition von " + name);
    form.setUnit("%");
    form.setSource("Statistisches Landesamt");
    form.setDirection(direction);
    return form;
  }

  private static Upload csv(String text) {
    return new Upload("werte.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private long audited(String action) {
    return fixture.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?1 AND action = ?2", org, action);
  }

  private Organisation organisation(long id) {
    return em.find(Organisation.class, id);
  }

  private static String message(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    return e == null ? null : e.messageKey();
  }
}
