package de.planungsportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** The OParl 1.1 object schemas in {@code src/test/resources/oparl} (see the README there). */
final class OparlSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

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
}
