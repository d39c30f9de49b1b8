package de.planungsportal.survey.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FieldTimesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void fieldOpensAtTheStartOfItsFirstDayAndClosesAfterItsLastDay() {
    assertThat(FieldTimes.opens(LocalDate.of(2027, 3, 1), BERLIN))
        .isEqualTo(OffsetDateTime.parse("2027-03-01T00:00:00+01:00"));
    assertThat(FieldTimes.closes(LocalDate.of(2027, 3, 19), BERLIN))
        .isEqualTo(OffsetDateTime.parse("2027-03-20T00:00:00+01:00"));
  }

  @Test
  void summerTimeGivesTheOffsetOfThatDay() {
    assertThat(FieldTimes.closes(LocalDate.of(2027, 6, 30), BERLIN))
        .isEqualTo(OffsetDateTime.parse("2027-07-01T00:00:00+02:00"));
  }

  @Test
  void processVariablesAreIsoDateTimesWithOffset() {
    String start = FieldTimes.fieldStart(LocalDate.of(2027, 3, 1));
    assertThat(OffsetDateTime.parse(start).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    String end = FieldTimes.fieldEnd(LocalDate.of(2027, 3, 19));
    assertThat(OffsetDateTime.parse(end).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 20));
  }
}
