package de.planungsportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailTextTest {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  @Test
  void germanIsTheRecipientsLanguageAndDatesAreWrittenOut() {
    MailText text =
        MailText.of("contributionOverdue", "Jahresarbeitsplan 2027", "Kita-Planung", DUE, "url");

    assertThat(text.subject())
        .isEqualTo(
            "Überfällig: Beitrag der Fachplanung „Kita-Planung“ zum Planungszyklus"
                + " „Jahresarbeitsplan 2027“");
    assertThat(text.body())
        .startsWith("Guten Tag,\n\n")
        .contains("war am 31. März 2027 fällig", "Zur Aufgabenliste: url")
        .endsWith(bundle(Locale.GERMAN).getString("mail.footer"));
  }

  @Test
  void englishTextsExistForEveryGermanTemplate() {
    ResourceBundle german = bundle(Locale.GERMAN);
    ResourceBundle english = bundle(Locale.ENGLISH);
    german.keySet().stream()
        .filter(key -> key.startsWith("mail."))
        .forEach(key -> assertThat(english.containsKey(key)).as(key).isTrue());

    MailText text = MailText.of(Locale.ENGLISH, "progressReportDue", "Lernpaten", "Plan", DUE, "u");
    assertThat(text.subject())
        .isEqualTo("Follow-up: progress of \"Lernpaten\" due on Mar 31, 2027");
  }

  @Test
  void countsReadAsWords() {
    assertThat(MailText.of("measuresOverdue", 1, "Plan 2027", "u").body())
        .contains("ist eine Maßnahme über");
    assertThat(MailText.of("measuresOverdue", 3, "Plan 2027", "u").body())
        .contains("sind 3 Maßnahmen über");
  }

  @Test
  void unknownTemplateIsRefused() {
    assertThatThrownBy(() -> MailText.of("noSuchMail"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
  }
}
