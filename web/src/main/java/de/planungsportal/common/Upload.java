package de.planungsportal.common;

/**
 * A file as a browser sent it: the name and type are what the browser claims, only the bytes are
 * facts.
 *
 * @param fileName the name on the sender's disk, without folders; may be blank
 * @param contentType the declared media type, e.g. {@code text/csv}; may be null
 * @param content the bytes received
 */
public record Upload(String fileName, String contentType, byte[] content) {

  public Upload {
    fileName = fileName == null ? "" : fileName.strip();
    content = content == null ? new byte[0] : content;
  }

  public int size() {
    return content.length;
  }
}
