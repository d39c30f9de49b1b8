package de.planungsportal.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.impl.base.exporter.AbstractStreamExporterImpl;

/**
 * ShrinkWrap's ZIP export without compression, for the deployments Arquillian uploads to the test
 * server: the same entries with the same bytes, but no deflating. The EAR is mostly jars, which are
 * compressed already; deflating its 47 MB again cost the test JVM 3–5 s of CPU per test class on
 * the 2-core CI machine, for a file that only travels over the loopback.
 */
public final class StoredZipExporter extends AbstractStreamExporterImpl implements ZipExporter {

  public StoredZipExporter(Archive<?> archive) {
    super(archive);
  }

  @Override
  public InputStream exportAsInputStream() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      for (Map.Entry<ArchivePath, Node> entry : getArchive().getContent().entrySet()) {
        String path = entry.getKey().get().substring(1);
        Asset asset = entry.getValue().getAsset();
        if (path.isEmpty()) {
          continue;
        }
        if (asset == null) {
          zip.putNextEntry(new ZipEntry(path + "/"));
        } else {
          zip.putNextEntry(new ZipEntry(path));
          try (InputStream content = asset.openStream()) {
            content.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export " + getArchive().getName(), e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
