package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.planungsportal.it.PortalClient.Page;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reading the OParl API's answers as a client does. */
final class OparlJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OparlJson() {}

  /** The body of a 200 answer served as JSON. */
  static JsonNode json(Page answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return parse(answer.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static List<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  /** The names of a list page's objects. */
  static List<String> names(JsonNode page) {
    return elements(page.path("data")).stream().map(o -> o.path("name").asText()).toList();
  }
}
