package de.planungsportal.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/**
 * The demo's SMTP sink: GreenMail on the loopback address keeps every mail the demo's WildFly
 * sends, and a line per mail in the demo's log says to whom and about what. No mail leaves the
 * machine.
 */
final class DemoMailSink {

  private final GreenMail greenMail;
  private final Thread logger;

  private DemoMailSink(int port) {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    logger = new Thread(this::logArrivals, "demo-mail-log");
    logger.setDaemon(true);
  }

  static DemoMailSink start(int port) {
    DemoMailSink sink = new DemoMailSink(port);
    sink.greenMail.start();
    sink.logger.start();
    return sink;
  }

  void stop() {
    logger.interrupt();
    greenMail.stop();
  }

  private void logArrivals() {
    int logged = 0;
    while (!Thread.currentThread().isInterrupted()) {
      // returns when one more has arrived, or after the timeout
      greenMail.waitForIncomingEmail(5_000, logged + 1);
      MimeMessage[] received = greenMail.getReceivedMessages();
      for (; logged < received.length; logged++) {
        System.out.println("[demo] mail " + describe(received[logged]));
      }
    }
  }

  private static String describe(MimeMessage mail) {
    try {
      return "to " + Arrays.toString(mail.getAllRecipients()) + ": " + mail.getSubject();
    } catch (MessagingException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
