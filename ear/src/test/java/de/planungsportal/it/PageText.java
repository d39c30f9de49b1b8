package de.planungsportal.it;

import java.util.List;
import java.util.regex.Pattern;

/** What a person reads on a page or in a partial response: messages and visible text. */
public final class PageText {

  private static final Pattern MESSAGE =
      Pattern.compile(
          "class=\"ui-messages-(?:error|warn|info|fatal)-(?:summary|detail)\">([^<]*)<");
  private static final Pattern SCRIPT = Pattern.compile("(?s)<script[^>]*>.*?</script>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private PageText() {}

  /** The texts of all Faces messages shown, unescaped. */
  public static List<String> messages(PortalClient.Page page) {
    return MESSAGE.matcher(page.body()).results().map(m -> unescape(m.group(1))).toList();
  }

  /** The page without scripts and markup, as a browser shows it (whitespace collapsed). */
  public static String visible(PortalClient.Page page) {
    String text = SCRIPT.matcher(page.body()).replaceAll(" ");
    text = text.replace("<![CDATA[", " ").replace("]]>", " ");
    text = TAG.matcher(text).replaceAll(" ");
    return unescape(text).replaceAll("\\s+", " ").trim();
  }

  public static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
