package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's three survey waves on one questionnaire version: the 2025 wave closed with responses,
 * the 2027 wave in the field with the codes README lists, and a follow-up waiting for the
 * data-protection officer and the school authority. The test server runs with the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoWavesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void oneWaveIsClosedOneInTheFieldAndOneWaitsForBothReviews() {
    assertThat(state("Jugendbefragung Musterland 2025")).isEqualTo("CLOSED");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM survey_response r JOIN survey_wave w ON w.id = r.wave_id"
                    + " WHERE w.title = 'Jugendbefragung Musterland 2025'"))
        .isEqualTo(90);
    assertThat(state("Jugendbefragung Musterland 2027")).isEqualTo("IN_FIELD");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code c JOIN survey_wave w ON w.id = c.wave_id"
                    + " WHERE w.title = 'Jugendbefragung Musterland 2027'"))
        .isEqualTo(20);
    assertThat(state("Nachbefragung Talheim")).isEqualTo("IN_REVIEW");
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(t.TASK_DEF_KEY_ ORDER BY t.TASK_DEF_KEY_) FROM ACT_RU_TASK t"
                    + " JOIN survey_wave w ON w.process_instance_id = t.PROC_INST_ID_"
                    + " WHERE w.title = 'Nachbefragung Talheim'"))
        .isEqualTo("Task_DataProtectionReview,Task_SchoolAuthorityReview");
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(c.class_label ORDER BY c.class_label) FROM wave_class c"
                    + " JOIN survey_wave w ON w.id = c.wave_id WHERE w.title = 'Nachbefragung Talheim'"))
        .isEqualTo("8b,9a");
  }

  private static String state(String title) {
    return Database.text(
        "SELECT w.state FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id"
            + " WHERE o.demo AND w.title = ?",
        title);
  }
}
