package de.planungsportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OParl 1.1 object schemas: the project's own in {@code src/test/resources/oparl} (see the
 * README there) and the official ones in {@code oparl/official}.
 */
final class OparlSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  /** Draft-07, as the official files were written for, with OParl's "url" format. */
  private static final JsonMetaSchema OFFICIAL_META =
      JsonMetaSchema.builder(JsonMetaSchema.getV7())
          .format(PatternFormat.of("url", "^https?://\\S+$", null))
          .build();

  private static final JsonSchemaFactory OFFICIAL =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V7,
          builder ->
              builder.metaSchema(OFFICIAL_META).defaultMetaSchemaIri(OFFICIAL_META.getIri()));

  /** The specification's date-time form; OParl 1.1 requires created/modified on every object. */
  private static final Pattern DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}");

  private static final ObjectMapper JSON = new ObjectMapper();

  private OparlSchemas() {}

  /**
   * @param name System, Body, Organization, ObjectList or Error
   * @return what the object violates, empty when it is valid
   */
  static List<String> violations(String name, JsonNode object) {
    JsonSchema schema =
        FACTORY.getSchema(SchemaLocation.of("classpath:oparl/" + name + ".json"), CONFIG);
    return schema.validate(object).stream().map(ValidationMessage::getMessage).toList();
  }

  /**
   * What an object violates of the official schema of its type, and each object embedded in it of
   * its own schema; besides, every object must carry created and modified in the specification's
   * form.
   *
   * @param name the type, e.g. Paper
   */
  static List<String> officialViolations(String name, JsonNode object) {
    List<String> violations = new ArrayList<>();
    JsonNode schemaFile = officialFile(name);
    JsonSchema schema =
        OFFICIAL.getSchema(SchemaLocation.of("classpath:oparl/official/" + name + ".json"), CONFIG);
    schema.validate(object).forEach(m -> violations.add(name + ": " + m.getMessage()));
    for (String stamp : List.of("created", "modified")) {
      if (!DATE_TIME.matcher(object.path(stamp).asText()).matches()) {
        violations.add(name + ": " + stamp + " missing or malformed: " + object.path(stamp));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> properties = schemaFile.path("properties").fields();
        properties.hasNext(); ) {
      Map.Entry<String, JsonNode> property = properties.next();
      JsonNode value = object.path(property.getKey());
      String embedded = property.getValue().path("schema").asText(null);
      String embeddedItems = property.getValue().path("items").path("schema").asText(null);
      if (embedded != null && value.isObject()) {
        violations.addAll(officialViolations(embedded.replace(".json", ""), value));
      }
      if (embeddedItems != null && value.isArray()) {
        value.forEach(
            v -> violations.addAll(officialViolations(embeddedItems.replace(".json", ""), v)));
      }
    }
    return violations;
  }

  private static JsonNode officialFile(String name) {
    try (InputStream in =
        OparlSchemas.class.getResourceAsStream("/oparl/official/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no official schema " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
