package de.planungsportal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextUploadTest {

  private static final String LIST =
      "Schulnummer;Name;Schulform;Sozialraum\r\n123;Grundschule Süd;Grundschule;\r\n";

  @Test
  void acceptsUtf8WithAndWithoutByteOrderMarkAndDropsTheMark() {
    byte[] plain = LIST.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = concat(HexFormat.of().parseHex("EFBBBF"), plain);

    assertThat(TextUpload.csvText(csv(plain))).isEqualTo(LIST);
    assertThat(TextUpload.csvText(csv(withBom))).isEqualTo(LIST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/csv",
        "text/plain",
        "application/vnd.ms-excel",
        "TEXT/CSV; charset=UTF-8",
        "text/comma-separated-values"
      })
  void acceptsWhatBrowsersDeclareForCsvFiles(String type) {
    Upload upload = new Upload("schulen.CSV", type, LIST.getBytes(StandardCharsets.UTF_8));

    assertThat(TextUpload.csvText(upload)).isEqualTo(LIST);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "PNG renamed .csv, 89504E470D0A1A0A0000000D49484452, upload.binary.image",
    "JPEG, FFD8FFE000104A464946, upload.binary.image",
    "GIF, 47494638396101000100, upload.binary.image",
    "XLSX (a ZIP archive), 504B0304140006000800, upload.binary.zip",
    "old Excel, D0CF11E0A1B11AE10000, upload.binary.office",
    "PDF, 255044462D312E370A25, upload.binary.pdf",
    "Linux program, 7F454C46020101000000, upload.binary.executable",
    "gzip, 1F8B0800000000000003, upload.binary.archive",
    "UTF-16 with byte-order mark, FFFE53006300680075006C00, upload.utf16"
  })
  void namesRecognisedBinaryFormatsWhateverTheirNameOrType(String label, String hex, String key) {
    Upload upload = new Upload("schulen.csv", "text/csv", HexFormat.of().parseHex(hex));

    assertRefused(upload, key);
  }

  @Test
  void recognisesAWindowsProgramByItsHeaderNotByTwoLetters() {
    byte[] program = new byte[128];
    program[0] = 'M';
    program[1] = 'Z';
    program[2] = (byte) 0x90;
    assertRefused(csv(program), "upload.binary.executable");

    String text = "MZ-Schule;Name;Schulform;Sozialraum\n";
    assertRefused(csv(text.getBytes(StandardCharsets.UTF_8)), null);
  }

  @Test
  void refusesNulBytesNamingTheLine() {
    byte[] content =
        (LIST + "456;Schule\u0000Nord;Gymnasium;\r\n").getBytes(StandardCharsets.UTF_8);

    InvalidInputException refusal = refusal(csv(content));

    assertThat(refusal.messageKey()).isEqualTo("upload.nul");
    assertThat(refusal.arguments()).containsExactly("schulen.csv", 3);
  }

  @Test
  void refusesInvalidUtf8NamingTheLineAndDoesNotGuessWindows1252() {
    byte[] content =
        (LIST + "456;Schule Nord;Gymnasium;\n789;Schule Mühlbach;Gymnasium;\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    InvalidInputException refusal = refusal(csv(content));

    assertThat(refusal.messageKey()).isEqualTo("upload.notUtf8");
    assertThat(refusal.arguments()).containsExactly("schulen.csv", 2);
  }

  @Test
  void refusesControlCharactersOtherThanTabAndLineEnds() {
    byte[] escape =
        (LIST + "456;Schule\u001B[31mNord;Gymnasium;\n").getBytes(StandardCharsets.UTF_8);
    byte[] tab = (LIST + "456;Schule\tNord;Gymnasium;\n").getBytes(StandardCharsets.UTF_8);

    InvalidInputException refusal = refusal(csv(escape));

    assertThat(refusal.messageKey()).isEqualTo("upload.control");
    assertThat(refusal.arguments()).containsExactly("schulen.csv", 3, "U+001B");
    assertThat(TextUpload.csvText(csv(tab))).contains("\t");
  }

  @Test
  void refusesAnEmptyFileAndOneAboveTheLimit() {
    byte[] limit = new byte[TextUpload.MAX_BYTES];
    Arrays.fill(limit, (byte) 'x');
    byte[] above = new byte[TextUpload.MAX_BYTES + 1];
    Arrays.fill(above, (byte) 'x');

    assertRefused(csv(new byte[0]), "upload.empty");
    assertThat(TextUpload.csvText(csv(limit))).hasSize(TextUpload.MAX_BYTES);
    assertRefused(csv(above), "upload.tooLarge");
  }

  @ParameterizedTest
  @ValueSource(strings = {"schulen.txt", "schulen.csv.exe", "schulen", ""})
  void refusesTextWithAnotherExtension(String name) {
    assertRefused(
        new Upload(name, "text/csv", LIST.getBytes(StandardCharsets.UTF_8)), "upload.notCsvName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/png", "application/pdf", "application/octet-stream", ""})
  void refusesTextDeclaredAsSomethingElse(String type) {
    assertRefused(
        new Upload("schulen.csv", type, LIST.getBytes(StandardCharsets.UTF_8)),
        "upload.notCsvType");
  }

  @Test
  void countsLinesEndedByLineFeedCarriageReturnOrBoth() {
    byte[] content = "a\nb\r\nc\rd".getBytes(StandardCharsets.US_ASCII);

    assertThat(TextUpload.lineAt(content, 0)).isEqualTo(1);
    assertThat(TextUpload.lineAt(content, 2)).isEqualTo(2);
    assertThat(TextUpload.lineAt(content, 5)).isEqualTo(3);
    assertThat(TextUpload.lineAt(content, 7)).isEqualTo(4);
  }

  private static Upload csv(byte[] content) {
    return new Upload("schulen.csv", "text/csv", content);
  }

  private static void assertRefused(Upload upload, String key) {
    if (key == null) {
      assertThat(TextUpload.csvText(upload)).isNotEmpty();
    } else {
      assertThat(refusal(upload).messageKey()).isEqualTo(key);
    }
  }

  private static InvalidInputException refusal(Upload upload) {
    return (InvalidInputException)
        assertThatThrownBy(() -> TextUpload.csvText(upload))
            .isInstanceOf(InvalidInputException.class)
            .actual();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
