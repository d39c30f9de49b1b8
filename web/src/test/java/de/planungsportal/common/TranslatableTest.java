package de.planungsportal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TranslatableTest {

  private static final ResourceBundle GERMAN =
      ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.GERMAN);
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.ENGLISH);

  @Test
  void namesEveryUsageInTheReadersLanguage() {
    Map<String, Long> usages = new LinkedHashMap<>();
    usages.put("access_code", 12L);
    usages.put("survey_response", 1L);
    InvalidInputException e = RowUsages.inUse("IGS Musterstadt", usages);

    assertThat(Translatable.format(GERMAN, Locale.GERMAN, e.messageKey(), e.arguments()))
        .isEqualTo(
            "„IGS Musterstadt“ kann nicht gelöscht werden, es wird noch verwendet von: 12"
                + " Zugangscodes, einer Antwort einer Befragung. Es wurde nichts geändert.");
    assertThat(Translatable.format(ENGLISH, Locale.ENGLISH, e.messageKey(), e.arguments()))
        .isEqualTo(
            "\"IGS Musterstadt\" cannot be deleted: it is still in use by 12 access codes, one"
                + " survey response. Nothing was changed.");
  }

  @Test
  void aTableWithoutItsOwnTextIsNamedAsItIs() {
    Object usages =
        List.of(
            new Translatable(
                "usage.meeting_minutes", "usage.other", List.of(1234L, "meeting_minutes")));

    assertThat(Translatable.format(GERMAN, Locale.GERMAN, "admin.inUseBy", "Gremium", usages))
        .contains("verwendet von: 1.234 Einträgen der Tabelle „meeting_minutes“.");
  }
}
