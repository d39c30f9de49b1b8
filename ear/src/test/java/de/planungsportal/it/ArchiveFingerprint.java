package de.planungsportal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * What a deployment consists of, as a digest: every path and, for {@link #content}, every byte.
 * Nested archives (the WAR that {@link Deployments#applicationWith} opened) count by their own
 * paths and bytes, not by a ZIP export, whose entry times would differ from one export to the next.
 */
final class ArchiveFingerprint {

  private ArchiveFingerprint() {}

  /** Paths and bytes: equal only for archives that deploy the same thing. */
  static String content(Archive<?> archive) {
    return digest(archive, true);
  }

  /**
   * Paths only, cheap enough to compute for every class before the run: enough to tell the archives
   * the helpers in {@link Deployments} build apart (each adds classes or pages).
   */
  static String paths(Archive<?> archive) {
    return digest(archive, false);
  }

  private static String digest(Archive<?> archive, boolean withContent) {
    MessageDigest digest = sha256();
    digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
    add(digest, archive, withContent);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void add(MessageDigest digest, Archive<?> archive, boolean withContent) {
    List<Map.Entry<ArchivePath, Node>> entries =
        archive.getContent().entrySet().stream()
            .sorted(Comparator.comparing(e -> e.getKey().get()))
            .toList();
    for (Map.Entry<ArchivePath, Node> entry : entries) {
      digest.update(entry.getKey().get().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      Asset asset = entry.getValue().getAsset();
      if (asset instanceof ArchiveAsset nested) {
        digest.update((byte) 1);
        add(digest, nested.getArchive(), withContent);
        digest.update((byte) 2);
      } else if (asset != null && withContent) {
        update(digest, asset);
      }
    }
  }

  private static void update(MessageDigest digest, Asset asset) {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (InputStream in = asset.openStream()) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        size += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the length ends the entry, so that bytes cannot move from one entry to the next unnoticed
    digest.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
