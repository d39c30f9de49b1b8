package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentJsonTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(
            SchemaLocation.of("classpath:" + InstrumentJson.SCHEMA.substring(1)),
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  private static Set<ValidationMessage> schemaViolations(String json) {
    return schema().validate(json, InputFormat.JSON);
  }

  private static List<String> refusal(String json) {
    try {
      InstrumentJson.read(json);
    } catch (InstrumentRefusedException e) {
      return e.problems().stream().map(InstrumentProblem::messageKey).toList();
    }
    throw new AssertionError("accepted: " + json);
  }

  private static String exported() {
    return InstrumentJson.write("Jugendbefragung 2026", 3, InstrumentFixture.valid());
  }

  @Test
  void aVersionSurvivesExportAndImport() {
    Instrument original = InstrumentFixture.valid();

    InstrumentJson.Imported back = InstrumentJson.read(exported());

    assertThat(back.name()).isEqualTo("Jugendbefragung 2026");
    assertThat(back.instrument().sections()).isEqualTo(original.sections());
    assertThat(back.instrument().languages()).isEqualTo(original.languages());
    assertThat(back.instrument().plainVariant()).isTrue();
    assertThat(new HashSet<>(back.instrument().texts())).isEqualTo(new HashSet<>(original.texts()));
  }

  @Test
  void textsWithQuotesLineBreaksAndOtherScriptsSurvive() {
    Instrument valid = InstrumentFixture.valid();
    List<Instrument.Text> texts = new java.util.ArrayList<>(valid.texts());
    texts.add(
        new Instrument.Text(
            Instrument.Variant.STANDARD, "en", "q:why", "Why \"not\"?\nTell us \\ more"));
    Instrument withArabic = new Instrument(Set.of("en", "ar"), true, valid.sections(), texts);
    List<Instrument.Text> more = new java.util.ArrayList<>(texts);
    more.add(new Instrument.Text(Instrument.Variant.STANDARD, "ar", "q:feel", "كيف تشعر؟"));
    withArabic = new Instrument(Set.of("en", "ar"), true, valid.sections(), more);

    Instrument back = InstrumentJson.read(InstrumentJson.write("x", 1, withArabic)).instrument();

    assertThat(new HashSet<>(back.texts())).isEqualTo(new HashSet<>(withArabic.texts()));
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaWithAFormatVersion() throws IOException {
    try (InputStream in = InstrumentJson.class.getResourceAsStream(InstrumentJson.SCHEMA)) {
      assertThat(in).isNotNull();
      JsonNode schemaNode = JACKSON.readTree(in);
      JsonSchema meta =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
      assertThat(meta.validate(schemaNode)).isEmpty();
      assertThat(schemaNode.at("/properties/formatVersion/const").asInt())
          .isEqualTo(InstrumentJson.FORMAT_VERSION);
      assertThat(schemaNode.at("/required").toString()).contains("formatVersion");
    }
  }

  @Test
  void theExportIsValidAgainstTheSchema() throws IOException {
    String json = exported();

    assertThat(schemaViolations(json)).isEmpty();
    JsonNode tree = JACKSON.readTree(json);
    assertThat(tree.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(tree.at("/texts/STANDARD/de/title").asText()).isEqualTo("Jugendbefragung");
  }

  @Test
  void notJsonIsRefusedWithItsPlace() {
    assertThatThrownBy(
            () -> InstrumentJson.read("{\n  \"format\": \"planungsportal-questionnaire\",\n  oops"))
        .isInstanceOfSatisfying(
            InstrumentRefusedException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).messageKey()).isEqualTo("instrument.json.syntax");
              assertThat(e.problems().get(0).arguments()).containsExactly(3, 3);
            });
    assertThat(refusal("")).containsExactly("instrument.json.syntax");
    assertThat(refusal("[1,]")).containsExactly("instrument.json.syntax");
    assertThat(refusal("{\"a\":1,\"a\":2}")).containsExactly("instrument.json.syntax");
    assertThat(refusal("[".repeat(100) + "]".repeat(100)))
        .containsExactly("instrument.json.syntax");
  }

  @Test
  void filesTheSchemaRefusesAreRefusedToo() {
    String valid = exported();
    List<String> invalid =
        List.of(
            valid.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
            valid.replace("\"planungsportal-questionnaire\"", "\"something-else\""),
            valid.replace("\"kind\": \"RATING\"", "\"kind\": \"SLIDER\""),
            valid.replace("\"mandatory\": true", "\"mandatory\": \"yes\""),
            valid.replace("\"key\": \"school\"", "\"key\": \"Schule\""),
            valid.replace("\"plainVariant\": true", "\"plainVariant\": true, \"colour\": \"red\""),
            valid.replace("\"languages\": [\"en\"]", "\"languages\": [\"fr\"]"),
            valid.replace("\"min\": 10", "\"min\": 10.5"),
            valid.replace("\"name\": \"Jugendbefragung 2026\"", "\"name\": 7"),
            "[]");
    for (String json : invalid) {
      assertThat(json).isNotEqualTo(valid);
      assertThat(schemaViolations(json)).as("schema on %s", json).isNotEmpty();
      assertThat(refusal(json)).as("import of %s", json).isNotEmpty();
    }
  }

  @Test
  void problemsNameTheirPlaceAsAJsonPointer() {
    String json = exported().replace("\"kind\": \"RATING\"", "\"kind\": \"SLIDER\"");
    assertThatThrownBy(() -> InstrumentJson.read(json))
        .isInstanceOfSatisfying(
            InstrumentRefusedException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        InstrumentProblem.of(
                            "instrument.json.enum",
                            "/sections/1/questions/0/kind",
                            "SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, MATRIX, NUMBER, SHORT_TEXT,"
                                + " LONG_TEXT, YES_NO")));
  }

  @Test
  void aTranslationWithOtherOptionsIsRefused() {
    // options are keys of the question; a translation can only give them texts. One that names
    // an option the question does not have (another list of options) is refused.
    String json =
        exported()
            .replace(
                "\"o:school:like\": \"yes\"",
                "\"o:school:like\": \"yes\",\n        \"o:school:maybe\": \"maybe\"");
    assertThat(json).contains("o:school:maybe");
    assertThat(schemaViolations(json)).as("the schema cannot see it").isEmpty();

    assertThat(refusal(json)).containsExactly("instrument.text.element");
  }

  @Test
  void aFileThatBreaksTheInstrumentRulesIsRefused() {
    String json =
        exported()
            .replace("\"question\": \"school\"", "\"question\": \"feel\"")
            .replace("\"min\": 10", "\"min\": 99");
    assertThat(refusal(json))
        .containsExactlyInAnyOrder("instrument.showIf.notEarlier", "instrument.bounds.order");
  }
}
