package de.planungsportal.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Respondents of a whole district answering at once: each opens the entry page, enters a fresh
 * code, answers the questionnaire's three pages (20 questions; each page a POST that the portal
 * saves as the code's draft), submits on the last one, then sees the thank-you page; then the next
 * respondent takes the place (a closed model: a constant number answering at any moment).
 *
 * <p>System properties: {@code baseUrl} (http://localhost:8080), {@code users} concurrent
 * respondents (50), {@code seconds} at full concurrency (60), {@code ramp} seconds to reach it
 * (10), {@code think} seconds a respondent spends on each page (5; 0 for a closed loop without
 * think time); {@code drain} seconds to wait at the end for the outbox mover (900); {@code db.url},
 * {@code db.user}, {@code db.password} of the portal's database (the demo's embedded MariaDB).
 *
 * <p>At the end, once the outbox is empty, it compares the submissions the portal acknowledged
 * (redirect to the thank-you page) with the responses stored for the run's wave and the spent
 * codes, and the answers with 20 per response, and fails on any difference.
 */
public class AnsweringSimulation extends Simulation {

  private static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
  private static final int USERS = Integer.getInteger("users", 50);
  private static final int SECONDS = Integer.getInteger("seconds", 60);
  private static final int RAMP = Integer.getInteger("ramp", 10);
  private static final int THINK = Integer.getInteger("think", 5);
  private static final int DRAIN = Integer.getInteger("drain", 900);

  private final AtomicLong acknowledged = new AtomicLong();
  private final LoadTestWave wave = LoadTestWave.create(codesNeeded());

  private final HttpProtocolBuilder portal =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptLanguageHeader("de-DE,de;q=0.9")
          .acceptEncodingHeader("gzip, deflate")
          .userAgentHeader("Mozilla/5.0 (Linux; Android 14) Planungsportal load test")
          .disableFollowRedirect();

  private final ChainBuilder respond =
      exec(http("entry page").get("/answer/").check(status().is(200)))
          .pause(Duration.ofSeconds(THINK))
          .exec(
              http("code")
                  .post("/answer/")
                  .header("Origin", BASE)
                  .formParam("code", "#{code}")
                  .formParam("lang", "de")
                  .check(status().is(200))
                  .check(substring("Seite 1 von 3")))
          .pause(Duration.ofSeconds(THINK))
          .exec(page(0))
          .pause(Duration.ofSeconds(THINK))
          .exec(page(1))
          .pause(Duration.ofSeconds(THINK))
          .exec(page(2))
          .exec(
              session -> {
                if (session.contains("thanks")) {
                  acknowledged.incrementAndGet();
                }
                return session;
              })
          .exec(http("thank-you page").get("#{thanks}").check(status().is(200)));

  private final ScenarioBuilder respondents =
      scenario("respondents")
          .feed(
              listFeeder(wave.codes.stream().map(c -> Map.<String, Object>of("code", c)).toList())
                  .queue())
          .exec(respond);

  {
    setUp(
            respondents.injectClosed(
                rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)),
                constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
        .protocols(portal)
        .assertions(global().failedRequests().count().is(0L));
  }

  /** One page's form with an answer to each of its questions; the last one submits. */
  private static HttpRequestActionBuilder page(int page) {
    boolean last = page == LoadTestWave.SECTIONS.length - 1;
    HttpRequestActionBuilder post =
        http(last ? "page " + (page + 1) + " and submit" : "page " + (page + 1))
            .post("/answer/page")
            .header("Origin", BASE)
            .formParam("code", "#{code}")
            .formParam("page", String.valueOf(page))
            .formParam("lang", "de")
            .formParam("variant", "STANDARD")
            .formParam("go", last ? "submit" : "next");
    for (int n = 1; n <= LoadTestWave.QUESTIONS; n++) {
      if (LoadTestWave.pageOf(n) != page) {
        continue;
      }
      String kind = LoadTestWave.kind(n);
      if (kind.equals("LONG_TEXT")) {
        post = post.formParam("a.q" + n, "Mehr Busse am Nachmittag");
      } else if (kind.equals("SINGLE_CHOICE")) {
        post =
            post.formParam(
                "a.q" + n,
                session -> List.of("yes", "no", "na").get(ThreadLocalRandom.current().nextInt(3)));
      } else {
        post =
            post.formParam(
                "a.q" + n, session -> String.valueOf(ThreadLocalRandom.current().nextInt(1, 6)));
      }
    }
    return last
        ? post.check(status().is(303)).check(header("Location").saveAs("thanks"))
        : post.check(status().is(200)).check(substring("Seite " + (page + 2) + " von 3"));
  }

  /**
   * Enough codes for every respondent the run can start, with room to spare: without think time a
   * respondent needs about 10 ms on an idle server, but no server here finishes more than about 400
   * a second, which bounds the count for many users.
   */
  private static int codesNeeded() {
    double secondsPerRespondent = 5.0 * THINK + 0.01;
    double byUsers = USERS * ((SECONDS + RAMP) / secondsPerRespondent + 2);
    double byServer = (SECONDS + RAMP) * 400.0;
    return (int) (Math.min(byUsers, byServer) * 1.5) + 100;
  }

  @Override
  public void after() {
    long waiting = wave.awaitOutbox(DRAIN);
    long[] stored = wave.storedResponsesAndSpentCodes();
    long answers = wave.storedAnswers();
    wave.delete();
    System.out.printf(
        "%nRESPONSES acknowledged=%d stored=%d codes spent=%d answers stored=%d"
            + " still in the outbox=%d (wave %d)%n",
        acknowledged.get(), stored[0], stored[1], answers, waiting, wave.id);
    List<String> problems =
        List.of(
                waiting != 0 ? "the outbox was not emptied in time" : "",
                stored[0] != acknowledged.get() ? "stored responses differ from acknowledged" : "",
                stored[1] != stored[0] ? "spent codes differ from stored responses" : "",
                answers != stored[0] * LoadTestWave.QUESTIONS ? "answers missing or doubled" : "")
            .stream()
            .filter(p -> !p.isEmpty())
            .toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
  }
}
