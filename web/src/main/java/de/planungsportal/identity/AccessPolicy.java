package de.planungsportal.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may open which paths. The first matching prefix wins; paths no rule covers are
 * public, among them the OParl API under {@code /oparl/} (published committee data, no personal
 * data). Services check again (defence in depth); this table keeps whole areas closed.
 */
public final class AccessPolicy {

  /** A path prefix and the roles of which the caller needs at least one. */
  public record Rule(String prefix, Set<Role> roles) {

    boolean matches(String path) {
      return path.startsWith(prefix);
    }

    public boolean isApi() {
      return prefix.startsWith("/api/");
    }
  }

  private static final Set<Role> ANY_STAFF = EnumSet.allOf(Role.class);

  static final List<Rule> RULES =
      List.of(
          new Rule("/admin/", EnumSet.of(Role.ADMIN)),
          new Rule("/api/v1/admin/", EnumSet.of(Role.ADMIN)),
          new Rule("/workflow/", ANY_STAFF),
          new Rule("/reference/", ANY_STAFF),
          new Rule("/account/", ANY_STAFF),
          new Rule("/api/v1/", ANY_STAFF));

  private AccessPolicy() {}

  public static Optional<Rule> ruleFor(String path) {
    return RULES.stream().filter(r -> r.matches(path)).findFirst();
  }
}
