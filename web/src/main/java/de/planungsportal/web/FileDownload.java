package de.planungsportal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the portal's download servlets share: the file asked for as {@code /<id>.<extension>} below
 * the servlet's path, and a staff-only file sent as an attachment.
 */
public final class FileDownload {

  /** The id asked for and the form it is wanted in, e.g. 12 and "pdf". */
  public record Requested(long id, String extension) {}

  private static final Pattern FILE = Pattern.compile("/([1-9][0-9]{0,17})\\.([a-z]+)");

  private FileDownload() {}

  /** The file asked for, if the path names one in a form on offer. */
  public static Optional<Requested> requested(HttpServletRequest request, Set<String> extensions) {
    Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!file.matches() || !extensions.contains(file.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Requested(Long.parseLong(file.group(1)), file.group(2)));
  }

  public static void send(
      HttpServletResponse response, String contentType, String fileName, byte[] content)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", disposition("attachment", fileName));
    // staff-only content: SecurityHeadersFilter already says no-store; private keeps proxies out
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(content);
  }

  /**
   * A Content-Disposition value for a name a user chose: a plain ASCII name as it is; otherwise an
   * ASCII stand-in for old clients and the real name in RFC 6266's {@code filename*}.
   */
  public static String disposition(String kind, String fileName) {
    String plain = fileName.replaceAll("[^ -~]|[\"\\\\]", "_");
    String value = kind + "; filename=\"" + plain + "\"";
    return plain.equals(fileName)
        ? value
        : value
            + "; filename*=UTF-8''"
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
