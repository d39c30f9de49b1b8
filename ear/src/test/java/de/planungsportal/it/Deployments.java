package de.planungsportal.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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

  /** The real deployable with the given test classes and AssertJ added to it. */
  public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
    EnterpriseArchive ear = application();
    ear.getAsType(WebArchive.class, "web.war").addClasses(testClasses);
    ear.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
