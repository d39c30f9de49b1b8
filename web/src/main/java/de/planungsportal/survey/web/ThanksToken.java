package de.planungsportal.survey.web;

import static java.nio.charset.StandardCharsets.US_ASCII;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A mark in the address of the thanks page that only a submission hands out, so that page, opened
 * directly or found in the history days later, does not claim that answers were saved. Without a
 * session the mark must travel in the URL; it is a MAC of the current ten minutes under a key that
 * lives only in this server's memory: the same for everyone who submits in those minutes, so it
 * tells nothing about a code, a response or a person. It is honoured for ten to twenty minutes; a
 * restart (or another node of a cluster) does not know it and shows the neutral text instead.
 */
@ApplicationScoped
public class ThanksToken {

  static final long WINDOW_SECONDS = 600;
  private static final int LENGTH = 16;

  private final byte[] key = new byte[32];
  private final Clock clock;

  public ThanksToken() {
    this(Clock.systemUTC());
  }

  ThanksToken(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** The mark for a submission now. */
  public String issue() {
    return encode(window());
  }

  /** Whether the mark was issued in this or the previous window. */
  public boolean isValid(String token) {
    if (token == null || token.length() > 64) {
      return false;
    }
    byte[] given = token.getBytes(US_ASCII);
    long now = window();
    return MessageDigest.isEqual(given, encode(now).getBytes(US_ASCII))
        || MessageDigest.isEqual(given, encode(now - 1).getBytes(US_ASCII));
  }

  private long window() {
    return clock.instant().getEpochSecond() / WINDOW_SECONDS;
  }

  private String encode(long window) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = mac.doFinal(("survey-thanks:" + window).getBytes(US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(tag, LENGTH));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
