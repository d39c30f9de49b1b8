package de.planungsportal.it;

import de.planungsportal.identity.AccessFilter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, deployed as is; in-container tests ride along inside its WAR. */
public final class Deployments {

  private Deployments() {}

  /** The real deployable, for tests that talk to it over HTTP. */
  public static EnterpriseArchive application() {
    String file = System.getProperty("ear.file");
    if (file == null) {
      throw new IllegalStateException("System property ear.file is not set (run through Maven)");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(file));
  }

  /**
   * The real deployable with the given test classes and AssertJ added to it, and Arquillian's test
   * runner let through the access filter ({@link InContainerAccessFilter}).
   */
  public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
    EnterpriseArchive ear = application();
    WebArchive war = ear.getAsType(WebArchive.class, "web.war");
    war.addClasses(testClasses).addClasses(InContainerAccessFilter.class, TestActors.class);
    String webXml = read(war.get("WEB-INF/web.xml").getAsset());
    String filter = "<filter-class>" + AccessFilter.class.getName() + "</filter-class>";
    if (!webXml.contains(filter)) {
      throw new IllegalStateException("web.xml declares no " + filter);
    }
    war.delete("WEB-INF/web.xml");
    war.setWebXML(
        new StringAsset(
            webXml.replace(
                filter,
                "<filter-class>" + InContainerAccessFilter.class.getName() + "</filter-class>")));
    ear.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    return ear;
  }

  private static String read(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
