package de.planungsportal.it;

import de.planungsportal.identity.AccessPolicy;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the built application serves, read from the build's own output rather than written down: the
 * files of the WAR inside the EAR (pages and downloads; not {@code WEB-INF}, {@code META-INF} or
 * the static {@code resources/}), the servlet mappings of its web.xml and of {@code @WebServlet}
 * classes, and every JAX-RS resource method under its application's path. Each is "METHOD /path",
 * path parameters as {@code {name}}, a servlet's wildcard as {@code /*}.
 */
final class Endpoints {

  private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}");
  private static final Pattern VARIABLE_PART = Pattern.compile("\\{[^}]+}|/\\*$");

  private Endpoints() {}

  static SortedSet<String> discover() {
    SortedSet<String> endpoints = new TreeSet<>();
    try (ZipFile ear = new ZipFile(System.getProperty("ear.file"))) {
      byte[] war = ear.getInputStream(ear.getEntry("web.war")).readAllBytes();
      endpoints.addAll(filesAndServletMappings(war));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built EAR", e);
    }
    List<Class<?>> classes = webClasses();
    endpoints.addAll(annotatedServlets(classes));
    endpoints.addAll(resourceMethods(classes));
    return endpoints;
  }

  /** Whether a concrete request path (no query) is served by the endpoint "METHOD /template". */
  static boolean serves(String endpoint, String method, String path) {
    String[] parts = endpoint.split(" ", 2);
    if (!parts[0].equals(method)) {
      return false;
    }
    String template = parts[1];
    StringBuilder regex = new StringBuilder();
    Matcher variable = VARIABLE_PART.matcher(template);
    int last = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(template.substring(last, variable.start())));
      regex.append(variable.group().equals("/*") ? "(/.*)?" : "[^/]+");
      last = variable.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return path.matches(regex.toString());
  }

  private static Set<String> filesAndServletMappings(byte[] war) throws IOException {
    Set<String> found = new HashSet<>();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(war))) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.equals("WEB-INF/web.xml")) {
          found.addAll(servletMappings(entries));
        } else if (!entry.isDirectory()
            && !name.startsWith("WEB-INF/")
            && !name.startsWith("META-INF/")
            && !name.startsWith("resources/")) {
          found.add("GET /" + name);
        }
      }
    }
    return found;
  }

  /** Path mappings; extension mappings ({@code *.xhtml}) serve the files found beside them. */
  private static Set<String> servletMappings(InputStream webXml) throws IOException {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var document =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(webXml.readAllBytes()));
      Set<String> found = new HashSet<>();
      NodeList mappings = document.getElementsByTagNameNS("*", "servlet-mapping");
      for (int i = 0; i < mappings.getLength(); i++) {
        NodeList patterns = ((Element) mappings.item(i)).getElementsByTagNameNS("*", "url-pattern");
        for (int j = 0; j < patterns.getLength(); j++) {
          String pattern = patterns.item(j).getTextContent().trim();
          if (!pattern.startsWith("*.") && !pattern.equals("/")) {
            found.add("GET " + pattern);
          }
        }
      }
      return found;
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read web.xml", e);
    }
  }

  private static Set<String> annotatedServlets(List<Class<?>> classes) {
    Set<String> found = new HashSet<>();
    for (Class<?> type : classes) {
      WebServlet servlet = type.getAnnotation(WebServlet.class);
      if (servlet != null) {
        for (String pattern : concat(servlet.value(), servlet.urlPatterns())) {
          found.add("GET " + pattern);
        }
      }
    }
    return found;
  }

  /**
   * Each application serves the classes its {@code getClasses()} lists, or every resource when it
   * lists none (JAX-RS then scans the WAR). A resource no application serves is reported, so it
   * cannot hide from the authorization test.
   */
  private static Set<String> resourceMethods(List<Class<?>> classes) {
    List<Class<?>> resources =
        classes.stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    Set<Class<?>> served = new HashSet<>();
    Set<String> found = new HashSet<>();
    for (Class<?> type : classes) {
      ApplicationPath root = type.getAnnotation(ApplicationPath.class);
      if (root == null || !Application.class.isAssignableFrom(type)) {
        continue;
      }
      Set<Class<?>> listed = listedClasses(type);
      for (Class<?> resource : resources) {
        if (listed.isEmpty() || listed.contains(resource)) {
          served.add(resource);
          found.addAll(methodsOf(root.value(), resource));
        }
      }
    }
    List<String> unserved =
        resources.stream().filter(r -> !served.contains(r)).map(Class::getName).toList();
    if (!unserved.isEmpty()) {
      throw new AssertionError("JAX-RS resources in no application: " + unserved);
    }
    return found;
  }

  private static Set<Class<?>> listedClasses(Class<?> application) {
    try {
      Application instance = (Application) application.getDeclaredConstructor().newInstance();
      Set<Class<?>> listed = new HashSet<>(instance.getClasses());
      instance.getSingletons().forEach(s -> listed.add(s.getClass()));
      return listed;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot ask " + application + " for its classes", e);
    }
  }

  private static Set<String> methodsOf(String root, Class<?> resource) {
    String base = join(root, resource.getAnnotation(Path.class).value());
    Set<String> found = new HashSet<>();
    for (Method method : resource.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      List<String> verbs =
          Arrays.stream(method.getAnnotations())
              .map(Annotation::annotationType)
              .map(a -> a.getAnnotation(HttpMethod.class))
              .filter(h -> h != null)
              .map(HttpMethod::value)
              .toList();
      if (verbs.isEmpty() && path != null) {
        throw new AssertionError("sub-resource locators are not discovered: " + method);
      }
      for (String verb : verbs) {
        found.add(verb + " " + (path == null ? base : join(base, path.value())));
      }
    }
    return found;
  }

  private static String join(String... segments) {
    String joined =
        Arrays.stream(segments)
            .flatMap(s -> Arrays.stream(s.split("/")))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("/", "/", ""));
    return PARAMETER.matcher(joined).replaceAll("{$1}");
  }

  /** Every class of the web module, from its classes jar on the test class path. */
  private static List<Class<?>> webClasses() {
    File jar;
    try {
      jar =
          new File(AccessPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    try (JarFile entries = new JarFile(jar)) {
      for (var entry : entries.stream().toList()) {
        String name = entry.getName();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        try {
          Class<?> type = Class.forName(className, false, Endpoints.class.getClassLoader());
          classes.add(type);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot inspect " + className, e);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + jar, e);
    }
    return classes;
  }

  private static List<String> concat(String[] first, String[] second) {
    List<String> all = new ArrayList<>(Arrays.asList(first));
    all.addAll(Arrays.asList(second));
    return all;
  }
}
