package de.planungsportal.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the sign-in form takes to answer, per outcome, against a running portal: an unknown user
 * name, a known name with a wrong password, a locked and a disabled account, and the right
 * password. If the figures differ by outcome, the answer time tells an attacker which user names
 * exist. Prints median and 90th percentile per outcome; asserts nothing (a benchmark, not a test).
 *
 * <p>It creates its own accounts in the demo district with the password hash of the demo account
 * {@code admin} (so it measures the hashes the demo really has), a fresh one for every attempt with
 * a known name, clears the sign-in failure counters per address between attempts (so the
 * per-address limit does not interfere), and deletes the accounts afterwards.
 */
public final class SignInTimingBenchmark {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");
  private static final String PASSWORD = "Musterland-2026";

  private enum Outcome {
    UNKNOWN_NAME,
    WRONG_PASSWORD,
    LOCKED_ACCOUNT,
    DISABLED_ACCOUNT,
    RIGHT_PASSWORD
  }

  private final URI base;
  private final String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 6) + "-";
  private int accounts;

  private SignInTimingBenchmark(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(System.getProperty("baseUrl", "http://localhost:8080/"));
    int rounds = Integer.getInteger("rounds", 30);
    int warmUp = Integer.getInteger("warmUp", 5);
    new SignInTimingBenchmark(base).run(rounds, warmUp);
  }

  private void run(int rounds, int warmUp) throws Exception {
    createAccount(prefix + "right", true, false);
    try {
      Map<Outcome, List<Double>> millis = new LinkedHashMap<>();
      for (Outcome outcome : Outcome.values()) {
        millis.put(outcome, new ArrayList<>());
      }
      // outcomes interleaved, so that a slow phase of the machine hits all of them alike
      for (int round = 0; round < warmUp + rounds; round++) {
        for (Outcome outcome : Outcome.values()) {
          double took = attempt(outcome);
          if (round >= warmUp) {
            millis.get(outcome).add(took);
          }
        }
      }
      System.out.printf(
          "%nSign-in answer times against %s, %d attempts per outcome after %d warm-up rounds:%n",
          base, rounds, warmUp);
      System.out.printf("%-18s %10s %10s %10s%n", "outcome", "median ms", "p90 ms", "max ms");
      millis.forEach(
          (outcome, times) -> {
            Collections.sort(times);
            System.out.printf(
                "%-18s %10.0f %10.0f %10.0f%n",
                outcome, percentile(times, 50), percentile(times, 90), times.get(times.size() - 1));
          });
    } finally {
      deleteAccounts();
    }
  }

  /** One sign-in in a fresh browser-like client; the time of the form's POST in milliseconds. */
  private double attempt(Outcome outcome) throws IOException, InterruptedException, SQLException {
    resetAddressCounters();
    String username = username(outcome);
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      form.put(hidden.group(1), unescape(hidden.group(2)));
    }
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      // what PrimeFaces' script adds to every form it submits under its CSP mode
      form.put("primefaces.nonce", nonce.group(1));
    }
    form.put("loginForm:username", username);
    form.put(
        "loginForm:password", outcome == Outcome.RIGHT_PASSWORD ? PASSWORD : "Falsch-2026-xyz");
    form.put("loginForm:submit", "");
    HttpRequest.Builder post =
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    // the session cookie is Secure, which Java's cookie store withholds over plain http to
    // localhost
    // (browsers send it: localhost is a secure context); carry it by hand
    String cookies =
        String.join(
            "; ",
            page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    if (!cookies.isEmpty()) {
      post.header("Cookie", cookies);
    }
    long start = System.nanoTime();
    HttpResponse<String> answer = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
    double took = (System.nanoTime() - start) / 1e6;
    boolean signedIn = answer.statusCode() == 302 || answer.statusCode() == 303;
    boolean refused = answer.statusCode() == 200 && answer.body().contains("loginForm:username");
    if (outcome == Outcome.RIGHT_PASSWORD ? !signedIn : !refused) {
      throw new IllegalStateException(
          outcome + ": unexpected answer " + answer.statusCode() + " " + answer.headers().map());
    }
    if (Boolean.getBoolean("verbose")) {
      Matcher message = MESSAGE.matcher(answer.body());
      System.out.printf(
          "%-18s %6.0f ms %d %s%n",
          outcome, took, answer.statusCode(), message.find() ? message.group(1) : "");
    }
    return took;
  }

  /**
   * A name for the attempt. Every attempt with a known name gets an account of its own, so that no
   * lockout (the portal's or the server realm's) from earlier attempts changes what is measured.
   */
  private String username(Outcome outcome) throws SQLException {
    String fresh = prefix + outcome.name().toLowerCase() + "-" + (++accounts);
    return switch (outcome) {
      case UNKNOWN_NAME -> prefix + "nobody-" + UUID.randomUUID().toString().substring(0, 8);
      case WRONG_PASSWORD -> createAccount(fresh, true, false);
      case LOCKED_ACCOUNT -> createAccount(fresh, true, true);
      case DISABLED_ACCOUNT -> createAccount(fresh, false, false);
      case RIGHT_PASSWORD -> prefix + "right";
    };
  }

  /** An account of the demo district with the demo admin's password hash; its user name. */
  private String createAccount(String username, boolean enabled, boolean locked)
      throws SQLException {
    try (Connection db = connect()) {
      execute(
          db,
          "INSERT INTO account (organisation_id, username, display_name, password_hash, enabled,"
              + " locked_until) SELECT a.organisation_id, ?, 'Benchmark', a.password_hash, ?,"
              + " IF(?, NOW() + INTERVAL 1 DAY, NULL) FROM account a"
              + " JOIN organisation o ON o.id = a.organisation_id"
              + " WHERE a.username = 'admin' AND o.code = 'lk-musterland'",
          username,
          enabled,
          locked);
      execute(
          db,
          "INSERT INTO role_grant (account_id, role) SELECT id, 'planner' FROM account"
              + " WHERE username = ?",
          username);
    }
    return username;
  }

  /** The per-address limit on failed sign-ins must not end the measurement. */
  private void resetAddressCounters() throws SQLException {
    try (Connection db = connect()) {
      execute(db, "DELETE FROM rate_limit_counter WHERE bucket LIKE 'sign-in-failures:%'");
    }
  }

  private void deleteAccounts() throws SQLException {
    try (Connection db = connect()) {
      execute(db, "DELETE FROM account WHERE username LIKE ?", prefix + "%");
      execute(db, "DELETE FROM rate_limit_counter WHERE bucket LIKE 'sign-in-failures:%'");
    }
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static String encode(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return body.toString();
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static void execute(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("db.url", "jdbc:mariadb://127.0.0.1:3307/planungsportal"),
        System.getProperty("db.user", "planungsportal"),
        System.getProperty("db.password", "embedded"));
  }
}
