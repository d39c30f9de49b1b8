/**
 * Outgoing mail: reminders and escalations from the processes, sent through the server's mail
 * session {@code java:jboss/mail/portal} once the transaction that caused them has committed.
 */
package de.planungsportal.mail;
