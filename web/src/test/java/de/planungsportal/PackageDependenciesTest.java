package de.planungsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages import each other without circles, and the tenant package imports none of
 * them: read from the import lines of the main sources, so a new circle fails the build.
 */
class PackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/de/planungsportal");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?de\\.planungsportal\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void featurePackagesFormNoCircle() throws IOException {
    Map<String, Set<String>> uses = dependencies();

    assertThat(circles(uses)).as("circles between packages").isEmpty();
  }

  @Test
  void theTenantPackageDependsOnNoFeature() throws IOException {
    assertThat(dependencies().get("tenant")).isEmpty();
  }

  @Test
  void findsACircleWhereThereIsOne() {
    Map<String, Set<String>> uses =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

    assertThat(circles(uses)).containsExactly(List.of("a", "b", "c"));
  }

  /** Top-level package → the top-level packages of this project it imports. */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String own = relative.getName(0).toString();
        Set<String> imported = uses.computeIfAbsent(own, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(own)) {
            imported.add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  /** Strongly connected groups of more than one package (Tarjan), each sorted. */
  static List<List<String>> circles(Map<String, Set<String>> uses) {
    Tarjan tarjan = new Tarjan(uses);
    new TreeSet<>(uses.keySet()).forEach(tarjan::visit);
    return tarjan.circles;
  }

  private static final class Tarjan {
    final Map<String, Set<String>> uses;
    final Map<String, Integer> index = new TreeMap<>();
    final Map<String, Integer> low = new TreeMap<>();
    final List<String> stack = new ArrayList<>();
    final List<List<String>> circles = new ArrayList<>();

    Tarjan(Map<String, Set<String>> uses) {
      this.uses = uses;
    }

    void visit(String node) {
      if (index.containsKey(node)) {
        return;
      }
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.add(node);
      for (String next : uses.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (stack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> group = new ArrayList<>();
        String member;
        do {
          member = stack.remove(stack.size() - 1);
          group.add(member);
        } while (!member.equals(node));
        if (group.size() > 1) {
          circles.add(group.stream().sorted().toList());
        }
      }
    }
  }
}
