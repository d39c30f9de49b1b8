package de.planungsportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** German and English texts stay complete: every key used in a view exists in both bundles. */
class MessageBundlesTest {

  private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern JAVA_KEY =
      Pattern.compile("Messages\\.(?:error|info|text)\\(\\s*\"([^\"]+)\"");

  @Test
  void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages_de").stringPropertyNames());
    assertThat(load("faces_en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("faces_de").stringPropertyNames());
  }

  @Test
  void everyKeyUsedInAViewOrBeanIsTranslated() throws IOException {
    Set<String> used = new TreeSet<>();
    collectKeys(Path.of("src/main/webapp"), ".xhtml", VIEW_KEY, used);
    collectKeys(Path.of("src/main/java"), ".java", JAVA_KEY, used);
    assertThat(used).contains("login.failed", "tasks.title");
    assertThat(load("messages_de").stringPropertyNames()).containsAll(used);
  }

  private static void collectKeys(Path root, String suffix, Pattern pattern, Set<String> keys)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        matcher.results().forEach(m -> keys.add(m.group(1)));
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream(
            "/de/planungsportal/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
