package de.planungsportal.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Day-care centres are in the register of institutions but have no classes; schools have. */
class SchoolTypeTest {

  @Test
  void onlyDayCareCentresHaveNoClasses() {
    assertThat(Arrays.stream(SchoolType.values()).filter(t -> !t.hasClasses()))
        .containsExactly(SchoolType.KITA);
    assertThat(new School(null, "kita", "Kita Sonne", SchoolType.KITA).hasClasses()).isFalse();
    assertThat(new School(null, "gs", "Grundschule", SchoolType.GRUNDSCHULE).hasClasses()).isTrue();
  }
}
