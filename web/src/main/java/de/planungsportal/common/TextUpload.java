package de.planungsportal.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Accepts an upload only if it is a CSV text file, and decodes it. The content decides first: the
 * name and declared type must fit too, but they prove nothing. Recognised binary formats (ZIP and
 * XLSX, old Excel, PDF, images, executables, archives) are named in the refusal; anything else must
 * be UTF-8 (with or without byte-order mark) without NUL or other control characters. Windows-1252
 * is not guessed: any byte sequence decodes as Windows-1252, so a DOS or Mac file would be stored
 * with wrong letters instead of being refused.
 */
public final class TextUpload {

  /** The largest file accepted, 1 MiB; web.xml's multipart-config holds the same limit. */
  public static final int MAX_BYTES = 1024 * 1024;

  /**
   * What browsers declare for a .csv file (Chrome and Edge on Windows with Excel: vnd.ms-excel).
   */
  static final Set<String> CSV_TYPES =
      Set.of(
          "text/csv",
          "text/plain",
          "application/vnd.ms-excel",
          "application/csv",
          "text/x-csv",
          "text/comma-separated-values");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Binary formats by their first bytes, each with the message key that names it. */
  private enum Magic {
    ZIP("upload.binary.zip", "504B0304", "504B0506", "504B0708"),
    OFFICE("upload.binary.office", "D0CF11E0A1B11AE1"),
    PDF("upload.binary.pdf", "255044462D"),
    PNG("upload.binary.image", "89504E470D0A1A0A"),
    JPEG("upload.binary.image", "FFD8FF"),
    GIF("upload.binary.image", "474946383761", "474946383961"),
    ELF("upload.binary.executable", "7F454C46"),
    MACH_O("upload.binary.executable", "FEEDFACE", "FEEDFACF", "CEFAEDFE", "CFFAEDFE", "CAFEBABE"),
    ARCHIVE("upload.binary.archive", "1F8B", "377ABCAF271C", "526172211A07"),
    UTF16("upload.utf16", "FFFE", "FEFF");

    private final String messageKey;
    private final byte[][] signatures;

    Magic(String messageKey, String... signatures) {
      this.messageKey = messageKey;
      this.signatures = new byte[signatures.length][];
      for (int i = 0; i < signatures.length; i++) {
        this.signatures[i] = HexFormat.of().parseHex(signatures[i]);
      }
    }

    boolean matches(byte[] content) {
      for (byte[] signature : signatures) {
        if (startsWith(content, signature)) {
          return true;
        }
      }
      return false;
    }
  }

  private TextUpload() {}

  /**
   * The text of a CSV upload, without byte-order mark.
   *
   * @throws InvalidInputException naming the first reason the upload is not a CSV text file
   */
  public static String csvText(Upload upload) {
    String name = upload.fileName();
    if (upload.size() == 0) {
      throw new InvalidInputException("upload.empty", name);
    }
    if (upload.size() > MAX_BYTES) {
      throw new InvalidInputException("upload.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    byte[] content = upload.content();
    for (Magic magic : Magic.values()) {
      if (magic.matches(content)) {
        throw new InvalidInputException(magic.messageKey, name);
      }
    }
    if (isWindowsExecutable(content)) {
      throw new InvalidInputException("upload.binary.executable", name);
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new InvalidInputException("upload.notCsvName", name);
    }
    String type = mediaType(upload.contentType());
    if (!CSV_TYPES.contains(type)) {
      throw new InvalidInputException("upload.notCsvType", name, type.isEmpty() ? "–" : type);
    }
    int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    int nul = indexOf(content, start, (byte) 0);
    if (nul >= 0) {
      throw new InvalidInputException("upload.nul", name, lineAt(content, nul));
    }
    String text = decodeUtf8(content, start, name);
    checkControlCharacters(text, name);
    return text;
  }

  /** The media type without parameters, lower case; empty when none was declared. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** "MZ" alone could start a text; a Windows program also has NUL bytes in its first 64. */
  private static boolean isWindowsExecutable(byte[] content) {
    if (content.length < 64 || content[0] != 'M' || content[1] != 'Z') {
      return false;
    }
    int nul = indexOf(content, 0, (byte) 0);
    return nul >= 0 && nul < 64;
  }

  private static String decodeUtf8(byte[] content, int start, String name) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return decoder.decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "upload.notUtf8", name, lineAt(content, firstInvalidUtf8(content, start)));
    }
  }

  /** Tab, line feed and carriage return belong in a CSV file; other C0 controls and DEL do not. */
  private static void checkControlCharacters(String text, String name) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
        throw new InvalidInputException(
            "upload.control", name, line, String.format("U+%04X", (int) c));
      }
    }
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] content, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    CoderResult result = decoder.decode(bytes, CharBuffer.allocate(content.length), true);
    return result.isError() ? bytes.position() : content.length;
  }

  /** The 1-based line of a byte offset, counting LF, CR LF and lone CR as line ends. */
  static int lineAt(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < content.length; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, int from, byte value) {
    for (int i = from; i < content.length; i++) {
      if (content[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
