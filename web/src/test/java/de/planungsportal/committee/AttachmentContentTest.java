package de.planungsportal.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.planungsportal.common.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentContentTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  @Test
  void recognisesEveryAcceptedFormatByItsContent() throws IOException {
    assertThat(AttachmentContent.check("Bericht.pdf", PDF).type())
        .isEqualTo(AttachmentContent.Type.PDF);
    assertThat(AttachmentContent.check("Karte.PNG", PNG).type())
        .isEqualTo(AttachmentContent.Type.PNG);
    assertThat(
            AttachmentContent.check("Foto.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                .type())
        .isEqualTo(AttachmentContent.Type.JPEG);
    assertThat(AttachmentContent.check("Stellungnahme.docx", docx()).type())
        .isEqualTo(AttachmentContent.Type.DOCX);
    assertThat(AttachmentContent.check("Stellungnahme.odt", odt()).type())
        .isEqualTo(AttachmentContent.Type.ODT);
  }

  @Test
  void refusesWhatIsNoneOfThemWhateverItIsCalled() throws IOException {
    byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    byte[] xlsx = zip("[Content_Types].xml", "xl/workbook.xml");
    byte[] exe = {'M', 'Z', (byte) 0x90, 0};

    for (byte[] content : new byte[][] {html, xlsx, exe, zip("a.txt"), "%PD".getBytes()}) {
      assertThat(refusal("Bericht.pdf", content)).isEqualTo("committee.file.type");
    }
    assertThat(refusal("leer.pdf", new byte[0])).isEqualTo("upload.empty");
    assertThat(refusal("gross.pdf", new byte[AttachmentContent.MAX_BYTES + 1]))
        .isEqualTo("committee.file.tooLarge");
  }

  @Test
  void refusesANameThatClaimsAnotherAcceptedFormat() {
    assertThat(refusal("Karte.png", PDF)).isEqualTo("committee.file.mismatch");
    assertThat(refusal("Bericht.docx", PNG)).isEqualTo("committee.file.mismatch");
  }

  @Test
  void cleansTheNameAndEndsItAsTheContentIs() {
    assertThat(AttachmentContent.check("C:\\Users\\x\\Bericht 2026.pdf", PDF).name())
        .isEqualTo("Bericht 2026.pdf");
    assertThat(AttachmentContent.check("../../etc/pass\u0000wd\r\n.pdf", PDF).name())
        .isEqualTo("pass_wd__.pdf");
    assertThat(AttachmentContent.check("Protokoll 12.03.2026", PDF).name())
        .isEqualTo("Protokoll 12.03.2026.pdf");
    assertThat(AttachmentContent.check("seite.html", PDF).name()).isEqualTo("seite.html.pdf");
    assertThat(AttachmentContent.check("Scan", PNG).name()).isEqualTo("Scan.png");
    assertThat(AttachmentContent.check("  ...", PDF).name()).isEqualTo("Anlage.pdf");
    assertThat(AttachmentContent.check("Rechnung\u202Efdp.exe", PDF).name())
        .isEqualTo("Rechnung_fdp.exe.pdf");
    assertThat(AttachmentContent.check("Bericht".repeat(40) + ".pdf", PDF).name())
        .hasSize(AttachmentContent.MAX_NAME)
        .endsWith(".pdf");
  }

  private static String refusal(String name, byte[] content) {
    return catchThrowableOfType(
            () -> AttachmentContent.check(name, content), InvalidInputException.class)
        .messageKey();
  }

  static byte[] docx() throws IOException {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  /** An ODF text as the specification lays it out: "mimetype" first, stored, no extra field. */
  static byte[] odt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
