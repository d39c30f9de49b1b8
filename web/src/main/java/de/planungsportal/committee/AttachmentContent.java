package de.planungsportal.committee;

import de.planungsportal.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a paper may have attached: PDF, ODT, DOCX, PNG or JPEG, recognised by the file's content.
 * The name must fit the content, but it proves nothing, and the browser's declared type is not
 * asked at all: the stored media type is the one the content shows. Office formats are ZIP
 * archives; they are told apart by the entries their central directory names, without unpacking
 * anything (a ZIP bomb costs nothing here).
 */
public final class AttachmentContent {

  /** The largest attachment, 8 MiB; web.xml's multipart-config lets exactly this much through. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** The longest name kept, as the column allows. */
  static final int MAX_NAME = 200;

  /** The formats accepted, with their media type and the file name endings that fit. */
  public enum Type {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> endings;

    Type(String mediaType, String... endings) {
      this.mediaType = mediaType;
      this.endings = List.of(endings);
    }

    public String mediaType() {
      return mediaType;
    }

    /** The short name people know the format by (PDF, JPEG …). */
    public String label() {
      return name();
    }

    public static Type ofMediaType(String mediaType) {
      for (Type type : values()) {
        if (type.mediaType.equals(mediaType)) {
          return type;
        }
      }
      return null;
    }
  }

  /** An upload that passed: the cleaned name and the format its content is. */
  public record Checked(String name, Type type) {}

  private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
  private static final byte[] ODT_MIMETYPE =
      ("mimetype" + Type.ODT.mediaType).getBytes(StandardCharsets.US_ASCII);

  private AttachmentContent() {}

  /**
   * Checks an upload and cleans its name.
   *
   * @throws InvalidInputException naming the first reason the file is refused
   */
  public static Checked check(String submittedName, byte[] content) {
    String shown = submittedName == null ? "" : submittedName;
    if (content == null || content.length == 0) {
      throw new InvalidInputException("upload.empty", shown);
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("committee.file.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    Type type = sniff(content);
    if (type == null) {
      throw new InvalidInputException("committee.file.type", shown);
    }
    return new Checked(cleanName(submittedName, type), type);
  }

  /** The format the content is, or null if none accepted. */
  static Type sniff(byte[] content) {
    if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Type.PDF;
    }
    if (startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
      return Type.PNG;
    }
    if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Type.JPEG;
    }
    if (startsWith(content, 0, ZIP_LOCAL)) {
      Set<String> entries = zipEntries(content);
      // ODF: the first entry is "mimetype", stored uncompressed, holding the media type
      if (entries.contains("content.xml") && startsWith(content, 30, ODT_MIMETYPE)) {
        return Type.ODT;
      }
      if (entries.contains("[Content_Types].xml") && entries.contains("word/document.xml")) {
        return Type.DOCX;
      }
    }
    return null;
  }

  /**
   * The name as stored and offered for download: the last path segment only, Unicode composed, no
   * control or reserved characters, single spaces, at most {@value #MAX_NAME} characters, ending in
   * the content's format (appended unless the name already ends so).
   *
   * @throws InvalidInputException when the name ends like another format than the content is
   */
  static String cleanName(String submitted, Type type) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}<>:\"|?*]", "_").replaceAll("\\s+", " ");
    name = name.replaceAll("^[ .]+|[ .]+$", "");
    int dot = name.lastIndexOf('.');
    String ending = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String base = dot < 0 ? name : name.substring(0, dot).strip();
    if (dot < 0 || ending.isEmpty()) {
      ending = type.endings.get(0);
    } else if (named(ending) != null && !type.endings.contains(ending)) {
      throw new InvalidInputException("committee.file.mismatch", name, type.label());
    } else if (!type.endings.contains(ending)) {
      // "Protokoll 12.03.2026", "seite.html": the content's ending is added, nothing is lost
      base = name;
      ending = type.endings.get(0);
    }
    if (base.isEmpty()) {
      base = "Anlage";
    }
    int room = MAX_NAME - ending.length() - 1;
    if (base.length() > room) {
      base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room);
    }
    return base + "." + ending;
  }

  private static Type named(String ending) {
    for (Type type : Type.values()) {
      if (type.endings.contains(ending)) {
        return type;
      }
    }
    return null;
  }

  /**
   * The entry names of a ZIP archive's central directory, or none if it cannot be read. Only the
   * directory is read, never an entry's data.
   */
  static Set<String> zipEntries(byte[] zip) {
    Set<String> names = new HashSet<>();
    // the end record is at least 22 bytes, followed by a comment of at most 65535
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (startsWith(zip, i, new byte[] {'P', 'K', 5, 6})) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int entries = u16(zip, end + 10);
    long offset = u32(zip, end + 16);
    int at = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int n = 0; n < entries && n < 10_000; n++) {
      if (at < 0 || at + 46 > zip.length || !startsWith(zip, at, new byte[] {'P', 'K', 1, 2})) {
        return names;
      }
      int nameLength = u16(zip, at + 28);
      int extra = u16(zip, at + 30);
      int comment = u16(zip, at + 32);
      if (at + 46 + nameLength > zip.length) {
        return names;
      }
      names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return u16(b, at) | (long) u16(b, at + 2) << 16;
  }

  private static boolean startsWith(byte[] content, int at, byte[] prefix) {
    if (at < 0 || content.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
