package de.planungsportal.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The local SMTP sink of the integration tests: GreenMail in the test JVM for the whole run, so
 * that a mail the server sends during any test (a process timer's reminder, say) is accepted, not
 * refused. WildFly sends to its SMTP port (PORTAL_SMTP_PORT, set by failsafe); {@link MailSink}
 * reads the mailboxes over its IMAP port, from the test JVM or from inside the server alike. Runs
 * only where the build names the ports (failsafe), not in unit-test runs.
 */
public class MailSinkServer implements LauncherSessionListener {

  private GreenMail greenMail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String smtp = System.getProperty("it.smtp.port");
    String imap = System.getProperty("it.imap.port");
    if (smtp == null || imap == null) {
      return;
    }
    greenMail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(Integer.parseInt(smtp), MailSink.HOST, ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(Integer.parseInt(imap), MailSink.HOST, ServerSetup.PROTOCOL_IMAP)
                })
            // every recipient gets a mailbox on arrival; MailSink signs in as any of them
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
