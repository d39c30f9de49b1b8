package de.planungsportal.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AreaRulesTest {

  private static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);

  private final Area north = new Area(null, "nord", "Sozialraum Nord", null);

  @Test
  void redrawEndsTheVersionAndStartsOneWithTheSameCode() {
    Area next = north.redraw(AUGUST, "Sozialraum Nord-West", null);

    assertThat(north.getValidTo()).isEqualTo(AUGUST);
    assertThat(north.isValidOn(AUGUST.minusDays(1))).isTrue();
    assertThat(north.isValidOn(AUGUST)).isFalse();
    assertThat(next.getCode()).isEqualTo("nord");
    assertThat(next.getValidFrom()).isEqualTo(AUGUST);
    assertThat(next.isValidOn(AUGUST)).isTrue();
    assertThat(next.isLatest()).isTrue();
  }

  @Test
  void redrawOnOrBeforeTheVersionsStartIsRefused() {
    assertThatThrownBy(() -> AreaRules.checkRedraw(north, Area.EARLIEST, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("area.redraw.tooEarly");
    assertThatThrownBy(() -> AreaRules.checkRedraw(north, null, null))
        .hasMessage("area.validFrom.required");
  }

  @Test
  void redrawOnOrBeforeASchoolJoinedIsRefused() {
    assertThatThrownBy(() -> AreaRules.checkRedraw(north, AUGUST, AUGUST))
        .hasMessage("area.redraw.beforeAssignment");
    AreaRules.checkRedraw(north, AUGUST, AUGUST.minusDays(1));
  }

  @Test
  void anEndedVersionIsNotRedrawnAgain() {
    north.redraw(AUGUST, "Nord neu", null);

    assertThatThrownBy(() -> AreaRules.checkRedraw(north, AUGUST.plusYears(1), null))
        .hasMessage("admin.concurrentChange");
  }

  @Test
  void schoolKnowsItsAreaOnEveryDay() {
    Area south = new Area(null, "sued", "Sozialraum Süd", null);
    School school = new School(null, "gs", "Grundschule", SchoolType.GRUNDSCHULE, north);

    school.moveTo(south, AUGUST);

    assertThat(school.areaOn(AUGUST.minusDays(1))).isSameAs(north);
    assertThat(school.areaOn(AUGUST)).isSameAs(south);
    assertThat(school.getArea()).isSameAs(south);
    assertThat(school.getAssignments()).hasSize(2);
    assertThat(school.getAssignments().get(0).getValidTo()).isEqualTo(AUGUST);
  }

  @Test
  void moveOnOrBeforeTheCurrentAssignmentsStartIsRefused() {
    School school = new School(null, "gs", "Grundschule", SchoolType.GRUNDSCHULE, north);

    assertThatThrownBy(() -> AreaRules.checkMove(school, null, Area.EARLIEST))
        .hasMessage("school.move.tooEarly");
  }

  @Test
  void moveIntoAnAreaVersionThatDoesNotApplyYetIsRefused() {
    School school = new School(null, "gs", "Grundschule", SchoolType.GRUNDSCHULE, null);
    Area later = new Area(null, "ost", "Ost", null, AUGUST);

    assertThatThrownBy(() -> AreaRules.checkMove(school, later, AUGUST.minusDays(1)))
        .hasMessage("school.move.areaNotValid");
    AreaRules.checkMove(school, later, AUGUST);
  }

  @Test
  void labelShowsTheValidityInTheReadersLanguage() {
    assertThat(text(AreaRules.label("Sozialraum Nord", Area.EARLIEST, null), Locale.GERMAN))
        .isEqualTo("Sozialraum Nord");
    assertThat(text(AreaRules.label("Sozialraum Nord", AUGUST, null), Locale.GERMAN))
        .isEqualTo("Sozialraum Nord (gültig ab 01.08.2026)");
    assertThat(text(AreaRules.label("Nord", Area.EARLIEST, AUGUST), Locale.GERMAN))
        .isEqualTo("Nord (gültig bis 31.07.2026)");
    assertThat(text(AreaRules.label("Nord", AUGUST, AUGUST.plusYears(1)), Locale.ENGLISH))
        .isEqualTo("Nord (valid Aug 1, 2026 to Jul 31, 2027)");
  }

  private static String text(Translatable label, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
    return Translatable.format(bundle, locale, label.key(), label.arguments().toArray());
  }
}
