package de.planungsportal.oparl;

import de.planungsportal.common.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a client asks of an external object list: the page, the page size ({@code limit}, which the
 * server may lower) and the filters every OParl 1.1 list must support ({@code created_since},
 * {@code created_until}, {@code modified_since}, {@code modified_until}, {@code omit_internal}).
 * Parameters it cannot read are refused with a 400 problem naming them; the links of a list page
 * repeat the filters in one canonical spelling.
 */
record ListRequest(
    int page,
    int limit,
    Optional<OffsetDateTime> createdSince,
    Optional<OffsetDateTime> createdUntil,
    Optional<OffsetDateTime> modifiedSince,
    Optional<OffsetDateTime> modifiedUntil,
    boolean omitInternal) {

  /** OParl recommends paging lists of more than 100 entries; larger pages are not served. */
  static final int MAX_LIMIT = 100;

  static final int DEFAULT_LIMIT = MAX_LIMIT;

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  static ListRequest of(MultivaluedMap<String, String> query) {
    return new ListRequest(
        number(query, "page", 1),
        Math.min(number(query, "limit", DEFAULT_LIMIT), MAX_LIMIT),
        dateTime(query, "created_since"),
        dateTime(query, "created_until"),
        dateTime(query, "modified_since"),
        dateTime(query, "modified_until"),
        flag(query, "omit_internal"));
  }

  /**
   * The canonical URL of a page of the list at {@code listUrl} with this request's filters and page
   * size: parameters in alphabetical order, defaults left out (page 1 has no page parameter).
   */
  String url(String listUrl, int page) {
    Map<String, String> parameters = new LinkedHashMap<>();
    createdSince.ifPresent(t -> parameters.put("created_since", t.format(Oparl.DATE_TIME)));
    createdUntil.ifPresent(t -> parameters.put("created_until", t.format(Oparl.DATE_TIME)));
    if (limit != DEFAULT_LIMIT) {
      parameters.put("limit", String.valueOf(limit));
    }
    modifiedSince.ifPresent(t -> parameters.put("modified_since", t.format(Oparl.DATE_TIME)));
    modifiedUntil.ifPresent(t -> parameters.put("modified_until", t.format(Oparl.DATE_TIME)));
    if (omitInternal) {
      parameters.put("omit_internal", "true");
    }
    if (page != 1) {
      parameters.put("page", String.valueOf(page));
    }
    if (parameters.isEmpty()) {
      return listUrl;
    }
    return listUrl
        + "?"
        + parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static int number(MultivaluedMap<String, String> query, String name, int absent) {
    String value = query.getFirst(name);
    if (value == null) {
      return absent;
    }
    if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < 1) {
      throw new InvalidInputException("oparl.error.number", name);
    }
    return Integer.parseInt(value);
  }

  /** A full date-time with offset; the API keeps whole seconds, so fractions are cut off. */
  private static Optional<OffsetDateTime> dateTime(
      MultivaluedMap<String, String> query, String name) {
    String value = query.getFirst(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("oparl.error.dateTime", name);
    }
  }

  private static boolean flag(MultivaluedMap<String, String> query, String name) {
    String value = query.getFirst(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidInputException("oparl.error.flag", name);
  }
}
