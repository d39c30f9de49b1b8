package de.planungsportal.survey;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The compact text form of a set of stored answers ({@code key=value&key=value}, URL-encoded), as
 * kept in {@code survey_draft.answers} and {@code survey_outbox.answers}. Keys are question keys,
 * or {@code <question>.<item>} for a matrix item; values are stored answers.
 */
public final class Answers {

  private Answers() {}

  public static String encode(Map<String, String> answers) {
    StringJoiner joined = new StringJoiner("&");
    answers.forEach(
        (key, value) ->
            joined.add(
                URLEncoder.encode(key, StandardCharsets.UTF_8)
                    + '='
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return joined.toString();
  }

  public static Map<String, String> decode(String encoded) {
    Map<String, String> answers = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return answers;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      answers.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return answers;
  }
}
