package de.planungsportal.it;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration-test classes (failsafe sets it as JUnit's default class order):
 * classes without a deployment first, then the in-container classes, then the client-side classes
 * grouped by the archive they deploy, so that {@link SharedDeployment} deploys each such archive
 * once for its whole group (the last one stays until the end of the run). Within a group, and among
 * groups, by name. Every class still states its own deployment and runs alone as before ({@code
 * -Dit.test=...}); no test may depend on this order (the database outlives runs and holds what
 * other classes left).
 */
public class DeploymentOrder implements ClassOrderer {

  private static final Logger LOG = Logger.getLogger(DeploymentOrder.class.getName());

  private enum Kind {
    NONE,
    IN_CONTAINER,
    CLIENT_SIDE
  }

  private record Key(Kind kind, String archive, String name) {}

  @Override
  public void orderClasses(ClassOrdererContext context) {
    long start = System.nanoTime();
    Map<ClassDescriptor, Key> keys = new HashMap<>();
    Map<String, String> firstOfGroup = new HashMap<>();
    for (ClassDescriptor descriptor : context.getClassDescriptors()) {
      Key key = key(descriptor.getTestClass());
      keys.put(descriptor, key);
      firstOfGroup.merge(key.archive(), key.name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Comparator<ClassDescriptor> order =
        Comparator.comparing((ClassDescriptor d) -> keys.get(d).kind())
            .thenComparing(d -> firstOfGroup.get(keys.get(d).archive()))
            .thenComparing(d -> keys.get(d).name());
    context.getClassDescriptors().sort(order);
    LOG.info(
        () ->
            "Ordered "
                + keys.size()
                + " classes by deployment in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  private static Key key(Class<?> type) {
    String name = type.getName();
    for (Method method : type.getDeclaredMethods()) {
      Deployment deployment = method.getAnnotation(Deployment.class);
      if (deployment == null || !Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      if (deployment.testable()) {
        return new Key(Kind.IN_CONTAINER, name, name);
      }
      try {
        method.setAccessible(true);
        Archive<?> archive = (Archive<?>) method.invoke(null);
        return new Key(Kind.CLIENT_SIDE, ArchiveFingerprint.paths(archive), name);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Arquillian reports the broken deployment method when the class runs
        return new Key(Kind.CLIENT_SIDE, name, name);
      }
    }
    return new Key(Kind.NONE, name, name);
  }
}
