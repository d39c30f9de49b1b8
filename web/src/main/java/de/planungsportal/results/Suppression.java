package de.planungsportal.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
 *   <li><b>Repair.</b> While a piece holds 1 to k-1 respondents: of the breakdowns in which the
 *       piece lies in a shown group, the smallest such group whose suppression merges the piece
 *       with others is suppressed too; if there is none, the smallest shown group that would bring
 *       respondents into the piece's rest (one small school suppressed alone is the total minus the
 *       other schools, so the next smallest school joins it); if there is none either, every group
 *       of the breakdown with the smallest shown total is suppressed; if the whole wave has fewer
 *       than k respondents for the question, nothing of it is shown. This repeats until no piece is
 *       too small. It ends, since each round suppresses at least one more group, and at worst only
 *       the total is left, which holds k or more.
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
    List<Atom> present = atoms.stream().filter(a -> a.count() > 0).toList();
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
      if (!suppressGroupOf(small, pieces, sizes, suppressed)
          && !suppressPartnerOf(small, pieces, sizes, suppressed)
          && !suppressBreakdownOf(small, pieces, sizes, suppressed)) {
        // cannot happen: with every breakdown suppressed the one piece is the total (>= k)
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
   * Of the shown groups the piece lies in, suppresses the smallest one whose move into its
   * breakdown's rest merges the piece with another (non-empty) piece; false if there is none.
   */
  private static boolean suppressGroupOf(
      List<String> piece,
      Map<List<String>, Long> pieces,
      Map<Breakdown, Map<String, Long>> sizes,
      Map<Breakdown, Set<String>> suppressed) {
    Breakdown best = null;
    long bestSize = Long.MAX_VALUE;
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      String group = piece.get(d);
      if (REST.equals(group)) {
        continue;
      }
      List<String> merged = new ArrayList<>(piece);
      merged.set(d, REST);
      long size = sizes.get(DIMENSIONS.get(d)).get(group);
      if (pieces.getOrDefault(merged, 0L) > 0 && size < bestSize) {
        best = DIMENSIONS.get(d);
        bestSize = size;
      }
    }
    if (best == null) {
      return false;
    }
    suppressed.get(best).add(piece.get(DIMENSIONS.indexOf(best)));
    return true;
  }

  /**
   * In a breakdown where the piece lies in the rest already, suppresses the smallest shown group
   * that would bring respondents into the piece (the classic "second suppression": one small school
   * suppressed alone is the total minus the others, so the next smallest school joins it); false if
   * there is none. Tried before a whole breakdown is given up.
   */
  private static boolean suppressPartnerOf(
      List<String> piece,
      Map<List<String>, Long> pieces,
      Map<Breakdown, Map<String, Long>> sizes,
      Map<Breakdown, Set<String>> suppressed) {
    Breakdown best = null;
    String bestGroup = null;
    long bestSize = Long.MAX_VALUE;
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      if (!REST.equals(piece.get(d))) {
        continue;
      }
      Breakdown by = DIMENSIONS.get(d);
      for (Map.Entry<String, Long> group : sizes.get(by).entrySet()) {
        if (suppressed.get(by).contains(group.getKey()) || group.getValue() >= bestSize) {
          continue;
        }
        List<String> partner = new ArrayList<>(piece);
        partner.set(d, group.getKey());
        if (pieces.getOrDefault(partner, 0L) > 0) {
          best = by;
          bestGroup = group.getKey();
          bestSize = group.getValue();
        }
      }
    }
    if (best == null) {
      return false;
    }
    suppressed.get(best).add(bestGroup);
    return true;
  }

  /**
   * Suppresses every group of the breakdown with the smallest shown total, preferring breakdowns
   * whose suppression merges the piece with another; false if every group is suppressed already.
   */
  private static boolean suppressBreakdownOf(
      List<String> piece,
      Map<List<String>, Long> pieces,
      Map<Breakdown, Map<String, Long>> sizes,
      Map<Breakdown, Set<String>> suppressed) {
    Breakdown best = null;
    boolean bestGrows = false;
    long bestShown = Long.MAX_VALUE;
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      Breakdown by = DIMENSIONS.get(d);
      long shown =
          sizes.get(by).entrySet().stream()
              .filter(g -> !suppressed.get(by).contains(g.getKey()))
              .mapToLong(Map.Entry::getValue)
              .sum();
      if (shown == 0) {
        continue;
      }
      boolean grows = mergesAlong(piece, d, pieces);
      if (best == null || grows && !bestGrows || grows == bestGrows && shown < bestShown) {
        best = by;
        bestGrows = grows;
        bestShown = shown;
      }
    }
    if (best == null) {
      return false;
    }
    suppressed.get(best).addAll(sizes.get(best).keySet());
    return true;
  }

  /** Whether another non-empty piece differs from this one in breakdown d only. */
  private static boolean mergesAlong(List<String> piece, int d, Map<List<String>, Long> pieces) {
    for (Map.Entry<List<String>, Long> other : pieces.entrySet()) {
      if (other.getValue() == 0 || other.getKey().get(d).equals(piece.get(d))) {
        continue;
      }
      boolean sameElsewhere = true;
      for (int i = 0; i < piece.size() && sameElsewhere; i++) {
        sameElsewhere = i == d || other.getKey().get(i).equals(piece.get(i));
      }
      if (sameElsewhere) {
        return true;
      }
    }
    return false;
  }
}
