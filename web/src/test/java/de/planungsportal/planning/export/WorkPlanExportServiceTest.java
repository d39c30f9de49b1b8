package de.planungsportal.planning.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.planning.PlanFixture;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkPlanExportServiceTest {

  @Test
  void namesTheFileForYearAndVersionInTheReadersLanguage() {
    var version = PlanFixture.sample().version();

    assertThat(
            WorkPlanExportService.fileName(
                new ExportText(Locale.GERMAN), version, WorkPlanExportService.Format.PDF))
        .isEqualTo("Arbeitsplan-2027-v3.pdf");
    assertThat(
            WorkPlanExportService.fileName(
                new ExportText(Locale.ENGLISH), version, WorkPlanExportService.Format.XLSX))
        .isEqualTo("Work-plan-2027-v3.xlsx");
  }
}
