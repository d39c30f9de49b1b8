package de.planungsportal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * PLACEHOLDER REPLACED BY BRANCH mail: only logs what it would send, so that the planning cycle's
 * delegates compile and run before the real mail service lands. The integrator takes the mail
 * branch's version of this file.
 */
@ApplicationScoped
public class MailService {

  private static final Logger LOG = Logger.getLogger(MailService.class.getName());

  public void send(Collection<String> recipients, String subject, String body) {
    LOG.info(() -> "Mail to " + recipients + ": " + subject + "\n" + body);
  }
}
