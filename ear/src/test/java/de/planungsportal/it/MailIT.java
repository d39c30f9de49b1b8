package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.area.Department;
import de.planungsportal.identity.Account;
import de.planungsportal.mail.MailService;
import de.planungsportal.mail.MailText;
import de.planungsportal.mail.Recipients;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outgoing mail inside the server: through the mail session configured by configure-server.cli to
 * the tests' SMTP sink (GreenMail), only after the transaction commits, and to the right people.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(MailIT.class, MailSink.class, MailSink.Mail.class);
  }

  @Inject MailService mail;
  @Inject Recipients recipients;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void mailOfACommittedTransactionArrivesAfterTheCommitAsGermanUtf8PlainText() throws Exception {
    String planner = "planerin-" + run + "@musterland.example";
    MailText text =
        MailText.of(
            "contributionReminder",
            "Jahresarbeitsplan 2027",
            "Jugendhilfeplanung",
            LocalDate.of(2027, 3, 31),
            "http://127.0.0.1:8180/tasks/");

    tx.begin();
    mail.send(List.of(planner), text);
    assertThat(MailSink.mailsOf(planner)).as("nothing leaves before the commit").isEmpty();
    tx.commit();

    MailSink.Mail received = MailSink.awaitMail(planner, "Erinnerung");
    assertThat(received.to()).containsExactly(planner);
    assertThat(received.from()).isEqualTo("planungsportal@musterland.example");
    assertThat(received.subject())
        .isEqualTo(
            "Erinnerung: Beitrag der Fachplanung „Jugendhilfeplanung“ zum Planungszyklus"
                + " „Jahresarbeitsplan 2027“ fällig am 31.03.2027");
    assertThat(received.body())
        .contains("ist am 31. März 2027 fällig", "Ziele und Maßnahmen", "Aufgabenliste");
    assertThat(received.contentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
  }

  @Test
  void rolledBackTransactionSendsNothing() throws Exception {
    String contributor = "beitrag-" + run + "@musterland.example";

    tx.begin();
    mail.send(List.of(contributor), "Zurückgerollt", "Diese Nachricht darf nie ankommen.");
    tx.rollback();
    // a later mail to the same box: once it is there, the rolled-back one would be too
    tx.begin();
    mail.send(List.of(contributor), "Übernommen", "Diese kommt an.");
    tx.commit();

    MailSink.awaitMail(contributor, "Übernommen");
    assertThat(MailSink.mailsOf(contributor))
        .extracting(MailSink.Mail::subject)
        .containsExactly("Übernommen");
  }

  @Test
  void everyRecipientGetsAMessageOfTheirOwn() throws Exception {
    String first = "erste-" + run + "@musterland.example";
    String second = "zweite-" + run + "@musterland.example";

    mail.send(List.of(first, second, first, " "), "Sitzung am Dienstag", "Bitte vormerken.");

    assertThat(MailSink.awaitMail(first, "Sitzung").to()).containsExactly(first);
    assertThat(MailSink.awaitMail(second, "Sitzung").to()).containsExactly(second);
    assertThat(MailSink.mailsOf(first)).hasSize(1);
  }

  @Test
  void roleHoldersOfADepartmentAreFoundAndDisabledAccountsLeftOut() throws Exception {
    tx.begin();
    Organisation district =
        new Organisation("it-" + run, "Landkreis Mailhausen", Organisation.Kind.DISTRICT);
    em.persist(district);
    Department youth =
        new Department(district, "jh-" + run, "Jugendhilfeplanung", Department.Kind.YOUTH_WELFARE);
    Department health =
        new Department(district, "ge-" + run, "Gesundheitsplanung", Department.Kind.HEALTH);
    em.persist(youth);
    em.persist(health);
    em.flush();
    Account youthContributor = account(district, "jugend", Role.DEPARTMENT_CONTRIBUTOR, youth);
    Account lockedYouthContributor =
        account(district, "gesperrt", Role.DEPARTMENT_CONTRIBUTOR, youth);
    lockedYouthContributor.recordFailedLogin(1, Duration.ofMinutes(15), LocalDateTime.now());
    account(district, "ausgeschieden", Role.DEPARTMENT_CONTRIBUTOR, youth).setEnabled(false);
    account(district, "ohneadresse", Role.DEPARTMENT_CONTRIBUTOR, youth).setEmail(null);
    Account healthContributor =
        account(district, "gesundheit", Role.DEPARTMENT_CONTRIBUTOR, health);
    Account planner = account(district, "planung", Role.PLANNER, null);
    tx.commit();

    assertThat(recipients.addressesOf(district, Role.DEPARTMENT_CONTRIBUTOR, youth.getId()))
        .containsExactlyInAnyOrder(youthContributor.getEmail(), lockedYouthContributor.getEmail());
    assertThat(recipients.addressesOf(district, Role.DEPARTMENT_CONTRIBUTOR, null))
        .containsExactlyInAnyOrder(
            youthContributor.getEmail(),
            lockedYouthContributor.getEmail(),
            healthContributor.getEmail());
    assertThat(recipients.addressesOf(district, Role.PLANNER, null))
        .containsExactly(planner.getEmail());
    assertThat(recipients.addressesOf(district, Role.PLANNER, youth.getId())).isEmpty();

    mail.send(
        recipients.addressesOf(district, Role.DEPARTMENT_CONTRIBUTOR, health.getId()),
        "Beitrag fällig",
        "Bitte bis Freitag.");
    assertThat(MailSink.awaitMail(healthContributor.getEmail(), "Beitrag fällig").body())
        .startsWith("Bitte bis Freitag.");
  }

  private Account account(Organisation org, String name, Role role, Department department) {
    Account account = new Account(org, name + "-" + run, "Konto " + name);
    account.setEmail(name + "-" + run + "@musterland.example");
    account.grant(role, department == null ? null : department.getId(), null, null);
    em.persist(account);
    return account;
  }
}
