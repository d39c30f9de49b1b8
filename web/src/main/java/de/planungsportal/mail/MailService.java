package de.planungsportal.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mails through the server's mail session (configured by environment, see
 * configure-server.cli).
 *
 * <p>Inside a transaction the mails leave only after it has committed (a JTA synchronization): a
 * rolled-back step, or a Camunda job that is retried, never mails twice or mails about something
 * that did not happen. The price is that a failing SMTP server cannot roll anything back any more;
 * its failure is logged and the mail is lost. That is accepted: a mail only points at what the task
 * list already shows, whereas failing the business step (and, in a job, retrying it into an
 * incident) for an unreachable mail relay would stop the plan for a notification. Without a
 * transaction the mails are sent at once and a failure is thrown.
 *
 * <p>One message per recipient: addresses of other people (other departments, committee members)
 * are not disclosed to each other, as a shared To or Cc would, and one bad address cannot bounce
 * the mail of everyone else.
 */
@ApplicationScoped
public class MailService {

  private static final Logger LOG = Logger.getLogger(MailService.class.getName());

  @Resource(lookup = "java:jboss/mail/portal")
  Session session;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Sends the text to every recipient (blank and duplicate addresses skipped, malformed ones logged
   * and skipped) after the current transaction commits, or at once outside a transaction.
   */
  public void send(Collection<String> recipients, String subject, String body) {
    List<MimeMessage> messages = compose(recipients, subject, body);
    if (messages.isEmpty()) {
      return;
    }
    int status = transactions.getTransactionStatus();
    if (status == Status.STATUS_NO_TRANSACTION) {
      deliverOrThrow(messages);
      return;
    }
    if (status != Status.STATUS_ACTIVE) {
      LOG.info(() -> "Transaction will roll back; not mailing \"" + subject + "\"");
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int outcome) {
            if (outcome == Status.STATUS_COMMITTED) {
              deliverAndLog(messages);
            }
          }
        });
  }

  /** Composes the mail of a template from the message bundles and sends it, see above. */
  public void send(Collection<String> recipients, MailText text) {
    send(recipients, text.subject(), text.body());
  }

  private List<MimeMessage> compose(Collection<String> recipients, String subject, String body) {
    List<MimeMessage> messages = new ArrayList<>();
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (recipient == null || recipient.isBlank()) {
        continue;
      }
      try {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the session's mail.from, set by the server configuration
        message.setRecipient(
            Message.RecipientType.TO, new InternetAddress(recipient.strip(), true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        messages.add(message);
      } catch (AddressException e) {
        LOG.warning(() -> "Not mailing to malformed address \"" + recipient + "\": " + e);
      } catch (MessagingException e) {
        throw new MailException("Cannot compose mail \"" + subject + "\"", e);
      }
    }
    return messages;
  }

  private void deliverAndLog(List<MimeMessage> messages) {
    try {
      deliverOrThrow(messages);
    } catch (MailException e) {
      LOG.log(Level.SEVERE, e.getMessage(), e.getCause());
    }
  }

  /** Over one connection; a refused recipient does not stop the others. */
  private void deliverOrThrow(List<MimeMessage> messages) {
    List<String> failed = new ArrayList<>();
    MessagingException last = null;
    try (Transport transport = session.getTransport()) {
      transport.connect();
      for (MimeMessage message : messages) {
        try {
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
          failed.add(addressesOf(message));
          last = e;
        }
      }
    } catch (MessagingException e) {
      throw new MailException("Mail server not reachable; " + messages.size() + " mails lost", e);
    }
    if (!failed.isEmpty()) {
      throw new MailException("Mails to " + failed + " not accepted", last);
    }
  }

  private static String addressesOf(MimeMessage message) {
    try {
      List<String> addresses = new ArrayList<>();
      for (Address address : message.getAllRecipients()) {
        addresses.add(address.toString());
      }
      return String.join(", ", addresses);
    } catch (MessagingException e) {
      return "?";
    }
  }
}
