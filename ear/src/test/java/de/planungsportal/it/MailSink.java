package de.planungsportal.it;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The mails the test server sent, read from the SMTP sink ({@link MailSinkServer}) over IMAP: works
 * in the test JVM and in in-container tests (add this class to the deployment). Every recipient has
 * a mailbox of its own, so a test that mails to addresses of its own sees only its own mails.
 */
public final class MailSink {

  static final String HOST = "127.0.0.1";

  /** How long a mail may take from the server's commit to the sink. */
  public static final Duration PATIENCE = Duration.ofSeconds(20);

  /** A received mail as the recipient sees it. */
  public record Mail(
      String recipient,
      List<String> to,
      String from,
      String subject,
      String body,
      String contentType) {}

  private MailSink() {}

  /** Waits until the recipient has a mail matching the condition, and returns it. */
  public static Mail awaitMail(String recipient, Predicate<Mail> condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      for (Mail mail : mailsOf(recipient)) {
        if (condition.test(mail)) {
          return mail;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No matching mail to "
                + recipient
                + " within "
                + PATIENCE
                + "; got "
                + mailsOf(recipient));
      }
      pause();
    }
  }

  /** Waits for a mail to the recipient whose subject contains the text. */
  public static Mail awaitMail(String recipient, String subjectContains) {
    return awaitMail(recipient, mail -> mail.subject().contains(subjectContains));
  }

  /** The mails the recipient has now, oldest first. */
  public static List<Mail> mailsOf(String recipient) {
    Properties properties = new Properties();
    properties.setProperty("mail.imap.host", HOST);
    properties.setProperty("mail.imap.port", System.getProperty("it.imap.port", "3243"));
    properties.setProperty("mail.imap.connectiontimeout", "5000");
    properties.setProperty("mail.imap.timeout", "5000");
    try (Store store = Session.getInstance(properties).getStore("imap")) {
      // the sink's authentication is off: the address serves as user name and password
      store.connect(recipient, recipient);
      Folder inbox = store.getFolder("INBOX");
      if (!inbox.exists()) {
        return List.of();
      }
      inbox.open(Folder.READ_ONLY);
      try {
        List<Mail> mails = new ArrayList<>();
        for (Message message : inbox.getMessages()) {
          mails.add(read(recipient, message));
        }
        return mails;
      } finally {
        inbox.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the mail sink's box of " + recipient, e);
    }
  }

  private static Mail read(String recipient, Message message) throws MessagingException {
    Object content;
    try {
      content = message.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Mail(
        recipient,
        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .map(Address::toString)
            .toList(),
        message.getFrom()[0].toString(),
        message.getSubject(),
        content.toString(),
        message.getContentType());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
