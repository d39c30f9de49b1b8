package de.planungsportal.results;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The small-group rule: which groups of one question of one wave may be shown.
 *
 * <p><b>The rule.</b> k is the organisation's minimum cell size (5 unless it chose otherwise, never
 * below 3). For each question of a wave we start from the number of respondents who answered it in
 * each combination of school, area (the area version the response carries), grade band and
 * language. The groups that can be shown are the whole wave (TOTAL) and each school, area, grade
 * band and language; a group's size is the number of its respondents who answered the question.
 *
 * <ol>
 *   <li><b>Small groups.</b> A group with 1 to k-1 respondents is suppressed; a group with none is
 *       not listed.
 *   <li><b>What could still be computed.</b> In each breakdown (school, area, grade band, language)
 *       the suppressed groups together form a "rest", which anybody gets as the total minus the
 *       shown groups. Cutting the respondents along all four breakdowns at once (each respondent
 *       falls into one shown group or the rest of each breakdown) gives the finest pieces anyone
 *       can reach. Every such piece that is not empty must hold at least k respondents.
 *   <li><b>Repair.</b> While a piece holds 1 to k-1 respondents, it is merged with the nearest
 *       other piece that has respondents: wherever the two differ, the shown group of each is
 *       suppressed too (as few groups as possible, then the smallest). Differing in one breakdown
 *       only, that is the smallest group of the piece whose suppression merges it with others, or,
 *       if the piece lies in a rest already, the next smallest group (one small school alone would
 *       be the total minus the other schools, so the next smallest school is suppressed with it). A
 *       school lies in one area, so the nearest piece often differs in both: then a school and its
 *       area go together. If the whole wave has fewer than k respondents for the question, nothing
 *       of it is shown. This repeats until no piece is too small. It ends, since each round
 *       suppresses at least one more group, and at worst one piece is left: the total, which holds
 *       k or more.
 *   <li>Counts, percentages, means and medians are shown only for shown groups; percentages are of
 *       the group's respondents who answered the question.
 *   <li>Waves are suppressed each on its own (their respondents are different people): in a
 *       comparison over waves a suppressed group shows as "suppressed" in that wave.
 * </ol>
 *
 * <p><b>Why this closes differencing.</b> Every figure shown is a count over a union of the pieces
 * of step 2: a shown group is exactly the pieces that lie in it, the total is all of them. So any
 * figure an attacker computes by adding and subtracting shown figures — a school filter against an
 * overlapping area filter, the total minus the shown parts, a breakdown and its complement, a
 * school against the area it lies in, all Turkish answers against the one school they come from —
 * is constant on each piece: the set of respondents it describes is a union of pieces, so it holds
 * none or at least k respondents. The same holds for the counts of one answer, which are sums over
 * the same pieces.
 *
 * <p><b>What remains.</b> Suppression protects against singling out a small group, not against
 * everything: (a) if all k or more respondents of a shown group gave the same answer, that answer
 * is known of each of them (homogeneity); an answer chosen by one respondent of a shown group is
 * shown as 1. (b) Each question is suppressed on its own, so the answered counts of two questions
 * in one group may differ by fewer than k: that tells how many skipped a question, not what anyone
 * answered. (c) Knowledge from outside (who took part, the size of a class) is not modelled.
 * Over-suppression is accepted; leaking is not.
 */
public final class Suppression {

  /** The breakdowns a respondent can be placed in, in the order of {@link Atom}'s keys. */
  public static final List<Breakdown> DIMENSIONS =
      List.of(Breakdown.SCHOOL, Breakdown.AREA, Breakdown.GRADE_BAND, Breakdown.LANGUAGE);

  /** The key of the TOTAL group. */
  public static final String ALL = "all";

  /** Organisations may not go lower. */
  public static final int MIN_THRESHOLD = 3;

  /** The block of a breakdown's suppressed groups; no group key contains a NUL. */
  private static final String REST = "\u0000rest";

  private static final Comparator<Atom> ATOM_ORDER =
      Comparator.comparing(Atom::school)
          .thenComparing(Atom::area)
          .thenComparing(Atom::gradeBand)
          .thenComparing(Atom::language);

  private Suppression() {}

  /**
   * The respondents of one question in one combination of school, area, grade band and language.
   * Keys are the groups' keys ({@link ResultCell#groupKey()}).
   */
  public record Atom(String school, String area, String gradeBand, String language, long count) {

    public String key(Breakdown by) {
      return switch (by) {
        case SCHOOL -> school;
        case AREA -> area;
        case GRADE_BAND -> gradeBand;
        case LANGUAGE -> language;
        case TOTAL -> ALL;
      };
    }
  }

  /** Which groups are shown; sizes of the groups with at least one respondent. */
  public static final class Outcome {
    private final long total;
    private final boolean totalShown;
    private final Map<Breakdown, Map<String, Long>> sizes;
    private final Map<Breakdown, Set<String>> suppressed;

    private Outcome(
        long total,
        boolean totalShown,
        Map<Breakdown, Map<String, Long>> sizes,
        Map<Breakdown, Set<String>> suppressed) {
      this.total = total;
      this.totalShown = totalShown;
      this.sizes = sizes;
      this.suppressed = suppressed;
    }

    /** Respondents who answered (also when suppressed: for computing, never for showing). */
    public long total() {
      return total;
    }

    public boolean totalShown() {
      return totalShown;
    }

    /** The groups of a breakdown that have respondents, by key, sorted by key. */
    public Set<String> groups(Breakdown by) {
      return by == Breakdown.TOTAL
          ? (total > 0 ? Set.of(ALL) : Set.of())
          : Collections.unmodifiableSet(sizes.get(by).keySet());
    }

    public boolean shown(Breakdown by, String group) {
      if (by == Breakdown.TOTAL) {
        return totalShown;
      }
      return totalShown && sizes.get(by).containsKey(group) && !suppressed.get(by).contains(group);
    }

    /** The suppressed groups of a breakdown (with respondents). */
    public Set<String> suppressed(Breakdown by) {
      if (by == Breakdown.TOTAL) {
        return totalShown ? Set.of() : groups(by);
      }
      return totalShown
          ? Collections.unmodifiableSet(suppressed.get(by))
          : Collections.unmodifiableSet(sizes.get(by).keySet());
    }
  }

  /**
   * Applies the rule to one question's atoms.
   *
   * @param k the organisation's threshold, at least {@link #MIN_THRESHOLD}
   */
  public static Outcome apply(Collection<Atom> atoms, int k) {
    if (k < MIN_THRESHOLD) {
      throw new IllegalArgumentException("Threshold " + k + " is below " + MIN_THRESHOLD);
    }
    // sorted, so ties are broken the same way however the atoms were read: two requests must never
    // see two different (each safe, together unsafe) patterns
    List<Atom> present = atoms.stream().filter(a -> a.count() > 0).sorted(ATOM_ORDER).toList();
    long total = present.stream().mapToLong(Atom::count).sum();
    Map<Breakdown, Map<String, Long>> sizes = new EnumMap<>(Breakdown.class);
    Map<Breakdown, Set<String>> suppressed = new EnumMap<>(Breakdown.class);
    for (Breakdown by : DIMENSIONS) {
      Map<String, Long> groups = new TreeMap<>();
      present.forEach(a -> groups.merge(a.key(by), a.count(), Long::sum));
      sizes.put(by, groups);
      Set<String> small = new TreeSet<>();
      groups.forEach(
          (group, size) -> {
            if (size < k) {
              small.add(group);
            }
          });
      suppressed.put(by, small);
    }
    if (total < k) {
      return new Outcome(total, false, sizes, suppressed);
    }
    while (true) {
      Map<List<String>, Long> pieces = pieces(present, suppressed);
      List<String> small = smallest(pieces, k);
      if (small == null) {
        break;
      }
      if (!mergeWithNearest(small, pieces, sizes, suppressed)) {
        // cannot happen: a piece with no other non-empty piece is the total (>= k)
        return new Outcome(total, false, sizes, suppressed);
      }
    }
    return new Outcome(total, true, sizes, suppressed);
  }

  /** The common refinement: respondents per combination of shown group or rest of each kind. */
  static Map<List<String>, Long> pieces(List<Atom> atoms, Map<Breakdown, Set<String>> suppressed) {
    Map<List<String>, Long> pieces = new LinkedHashMap<>();
    for (Atom atom : atoms) {
      String[] block = new String[DIMENSIONS.size()];
      for (int d = 0; d < block.length; d++) {
        Breakdown by = DIMENSIONS.get(d);
        String group = atom.key(by);
        block[d] = suppressed.get(by).contains(group) ? REST : group;
      }
      pieces.merge(Arrays.asList(block), atom.count(), Long::sum);
    }
    return pieces;
  }

  /** The smallest piece with 1..k-1 respondents (first found on a tie), or null. */
  private static List<String> smallest(Map<List<String>, Long> pieces, int k) {
    List<String> smallest = null;
    long size = k;
    for (Map.Entry<List<String>, Long> piece : pieces.entrySet()) {
      if (piece.getValue() > 0 && piece.getValue() < size) {
        smallest = piece.getKey();
        size = piece.getValue();
      }
    }
    return smallest;
  }

  /**
   * Merges the small piece with the non-empty piece that costs the fewest groups to reach (then the
   * smallest groups): wherever the two differ, the shown group of each goes into its breakdown's
   * rest. Differing in one breakdown only, this is "suppress the smallest group of the piece whose
   * move into the rest grows it", or, where the piece is in the rest already, the classic second
   * suppression (the next smallest school joins the one small school, since that one alone would be
   * the total minus the others). Nested breakdowns (a school lies in one area) make the nearest
   * piece differ in both: the school and its area go together. False if there is no other piece.
   */
  private static boolean mergeWithNearest(
      List<String> piece,
      Map<List<String>, Long> pieces,
      Map<Breakdown, Map<String, Long>> sizes,
      Map<Breakdown, Set<String>> suppressed) {
    Map<Breakdown, Set<String>> best = null;
    int bestGroups = Integer.MAX_VALUE;
    long bestSize = Long.MAX_VALUE;
    for (Map.Entry<List<String>, Long> other : pieces.entrySet()) {
      if (other.getValue() == 0 || other.getKey().equals(piece)) {
        continue;
      }
      Map<Breakdown, Set<String>> moves = new EnumMap<>(Breakdown.class);
      int groups = 0;
      long size = 0;
      for (int d = 0; d < DIMENSIONS.size(); d++) {
        String mine = piece.get(d);
        String theirs = other.getKey().get(d);
        if (mine.equals(theirs)) {
          continue;
        }
        Breakdown by = DIMENSIONS.get(d);
        for (String group : List.of(mine, theirs)) {
          if (!REST.equals(group)) {
            moves.computeIfAbsent(by, b -> new TreeSet<>()).add(group);
            groups++;
            size += sizes.get(by).get(group);
          }
        }
      }
      if (groups < bestGroups || groups == bestGroups && size < bestSize) {
        best = moves;
        bestGroups = groups;
        bestSize = size;
      }
    }
    if (best == null) {
      return false;
    }
    best.forEach((by, groups) -> suppressed.get(by).addAll(groups));
    return true;
  }
}
