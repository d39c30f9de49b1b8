package de.planungsportal.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThanksTokenTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private final MovingClock clock = new MovingClock();

  @Test
  void honouredForTenToTwentyMinutesAndOnlyByTheServerThatIssuedIt() {
    ThanksToken server = new ThanksToken(clock);
    String token = server.issue();

    assertThat(server.isValid(token)).isTrue();
    clock.now = NOW.plusSeconds(ThanksToken.WINDOW_SECONDS);
    assertThat(server.isValid(token)).as("in the next window").isTrue();
    clock.now = NOW.plusSeconds(2 * ThanksToken.WINDOW_SECONDS);
    assertThat(server.isValid(token)).as("two windows later").isFalse();
    clock.now = NOW;
    assertThat(new ThanksToken(clock).isValid(token)).as("another key").isFalse();
    assertThat(server.isValid(null)).isFalse();
    assertThat(server.isValid("")).isFalse();
    assertThat(server.isValid(token + "x")).isFalse();
  }

  @Test
  void sameForEverySubmissionInAWindowSoItNamesNoOne() {
    ThanksToken server = new ThanksToken(clock);

    assertThat(server.issue()).isEqualTo(server.issue());
  }

  private static final class MovingClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
