package de.planungsportal.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.results.Suppression.Atom;
import de.planungsportal.results.Suppression.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static final List<Breakdown> DIMS = Suppression.DIMENSIONS;

  /** school, area, grade band, language, count. */
  private static Atom atom(String school, String area, String band, String language, long n) {
    return new Atom(school, area, band, language, n);
  }

  @Test
  void showsEveryGroupWhenAllPiecesAreLargeEnough() {
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 10),
            atom("s1", "a1", "9-10", "de", 10),
            atom("s2", "a2", "7-8", "de", 10),
            atom("s2", "a2", "9-10", "de", 10));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.totalShown()).isTrue();
    for (Breakdown by : DIMS) {
      assertThat(outcome.suppressed(by)).as(by.name()).isEmpty();
    }
    assertThat(outcome.groups(Breakdown.SCHOOL)).containsExactly("s1", "s2");
  }

  @Test
  void suppressesAGroupBelowTheThresholdAndListsNoEmptyGroup() {
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 20),
            atom("s2", "a1", "7-8", "de", 4),
            atom("s3", "a1", "7-8", "de", 6),
            atom("s4", "a1", "7-8", "de", 0));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.shown(Breakdown.SCHOOL, "s2")).isFalse();
    assertThat(outcome.groups(Breakdown.SCHOOL)).doesNotContain("s4");
    assertThat(outcome.totalShown()).isTrue();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void complementOfOneSmallGroupIsClosedBySuppressingAnotherGroup() {
    // total 30 shown; s2 (4) suppressed alone would be total - s1 - s3: s3 must go too
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 20),
            atom("s2", "a1", "7-8", "de", 4),
            atom("s3", "a1", "7-8", "de", 6));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.suppressed(Breakdown.SCHOOL)).containsExactlyInAnyOrder("s2", "s3");
    assertThat(outcome.shown(Breakdown.SCHOOL, "s1")).isTrue();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void theSmallestGroupIsTheOneAddedToTheRest() {
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 30),
            atom("s2", "a1", "7-8", "de", 2),
            atom("s3", "a1", "7-8", "de", 9),
            atom("s4", "a1", "7-8", "de", 7));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.suppressed(Breakdown.SCHOOL)).containsExactlyInAnyOrder("s2", "s4");
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void aSchoolThatIsAlmostItsWholeAreaDoesNotRevealTheAreasOtherSchool() {
    // area a1 = s1 (20) + s2 (3): s2 is suppressed, but a1 - s1 would give it
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 20),
            atom("s2", "a1", "7-8", "de", 3),
            atom("s3", "a2", "7-8", "de", 20),
            atom("s4", "a2", "7-8", "de", 20));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.shown(Breakdown.SCHOOL, "s2")).isFalse();
    assertThat(outcome.shown(Breakdown.AREA, "a1") && outcome.shown(Breakdown.SCHOOL, "s1"))
        .as("a1 and s1 both shown would reveal s2")
        .isFalse();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void allTurkishAnswersFromOneSchoolDoNotRevealThatSchoolsTurkishGroup() {
    // language tr (6) is shown, all of it in s1; s1's German answers are 2: s1 - tr = 2
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "tr", 6),
            atom("s1", "a1", "7-8", "de", 2),
            atom("s2", "a2", "7-8", "de", 20),
            atom("s3", "a3", "7-8", "de", 20));

    Outcome outcome = Suppression.apply(atoms, 5);

    boolean revealed =
        outcome.shown(Breakdown.SCHOOL, "s1") && outcome.shown(Breakdown.LANGUAGE, "tr");
    assertThat(revealed).isFalse();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void aBreakdownOfTwoGroupsWithOneSmallIsSuppressedAsAWhole() {
    // language: de 40, en 3 -> en suppressed; rest = en only = total - de: de must go too
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 20),
            atom("s2", "a2", "7-8", "de", 20),
            atom("s1", "a1", "7-8", "en", 3));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.suppressed(Breakdown.LANGUAGE)).containsExactlyInAnyOrder("de", "en");
    assertThat(outcome.totalShown()).isTrue();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void aSmallSchoolAloneInItsAreaIsSuppressedWithTheNextSmallestSchoolAndItsArea() {
    List<Atom> atoms =
        List.of(
            atom("igs", "nord", "7-8", "de", 47),
            atom("rs", "talheim", "7-8", "de", 37),
            atom("gym", "seeburg", "7-8", "de", 33),
            atom("bbs", "sued", "7-8", "de", 3));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.suppressed(Breakdown.SCHOOL)).containsExactlyInAnyOrder("bbs", "gym");
    assertThat(outcome.suppressed(Breakdown.AREA)).containsExactlyInAnyOrder("sued", "seeburg");
    assertThat(outcome.shown(Breakdown.GRADE_BAND, "7-8")).isTrue();
    assertSafe(atoms, outcome, 5);
  }

  @Test
  void theOutcomeDoesNotDependOnTheOrderTheAtomsWereRead() {
    List<Atom> atoms = new ArrayList<>();
    Random random = new Random(5);
    for (int s = 0; s < 6; s++) {
      for (String language : List.of("de", "en", "tr")) {
        atoms.add(
            atom("s" + s, "a" + s % 3, s % 2 == 0 ? "7-8" : "9-10", language, random.nextInt(9)));
      }
    }
    Outcome first = Suppression.apply(atoms, 5);
    for (int run = 0; run < 20; run++) {
      java.util.Collections.shuffle(atoms, random);
      Outcome again = Suppression.apply(atoms, 5);
      for (Breakdown by : DIMS) {
        assertThat(again.suppressed(by)).isEqualTo(first.suppressed(by));
      }
    }
  }

  @Test
  void aTotalBelowTheThresholdSuppressesEverything() {
    List<Atom> atoms = List.of(atom("s1", "a1", "7-8", "de", 2), atom("s2", "a1", "7-8", "de", 2));

    Outcome outcome = Suppression.apply(atoms, 5);

    assertThat(outcome.totalShown()).isFalse();
    for (Breakdown by : DIMS) {
      assertThat(outcome.groups(by)).allMatch(g -> !outcome.shown(by, g));
    }
    assertThat(outcome.suppressed(Breakdown.TOTAL)).containsExactly(Suppression.ALL);
  }

  @Test
  void aThresholdOfThreeShowsWhatFiveSuppresses() {
    List<Atom> atoms =
        List.of(
            atom("s1", "a1", "7-8", "de", 4),
            atom("s2", "a1", "7-8", "de", 4),
            atom("s3", "a2", "7-8", "de", 4));

    assertThat(Suppression.apply(atoms, 3).suppressed(Breakdown.SCHOOL)).isEmpty();
    assertThat(Suppression.apply(atoms, 5).suppressed(Breakdown.SCHOOL))
        .containsExactlyInAnyOrder("s1", "s2", "s3");
  }

  @Test
  void refusesAThresholdBelowThree() {
    assertThatThrownBy(() -> Suppression.apply(List.of(), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomWavesNeverLeaveAPieceBelowTheThreshold() {
    Random random = new Random(17);
    for (int run = 0; run < 500; run++) {
      int k = 3 + random.nextInt(4);
      List<Atom> atoms = new ArrayList<>();
      int schools = 1 + random.nextInt(6);
      for (int s = 0; s < schools; s++) {
        String area = "a" + random.nextInt(3);
        for (String band : List.of("7-8", "9-10")) {
          for (String language : List.of("de", "en", "tr")) {
            if (random.nextInt(3) > 0) {
              atoms.add(
                  atom(
                      "s" + s,
                      area,
                      band,
                      language,
                      random.nextInt(language.equals("de") ? 15 : 4)));
            }
          }
        }
      }
      Outcome outcome = Suppression.apply(atoms, k);
      assertSafe(atoms, outcome, k);
    }
  }

  /**
   * The attacker's view: every shown figure is a set of atoms; every set reachable by adding and
   * subtracting them is a union of the pieces the shown groups cut. Checks every such piece holds
   * none or at least k, and that no shown group is below k.
   */
  private static void assertSafe(List<Atom> atoms, Outcome outcome, int k) {
    if (!outcome.totalShown()) {
      for (Breakdown by : DIMS) {
        assertThat(outcome.groups(by)).noneMatch(g -> outcome.shown(by, g));
      }
      return;
    }
    long total = atoms.stream().mapToLong(Atom::count).sum();
    assertThat(total).isGreaterThanOrEqualTo(k);
    Map<String, Long> pieces = new HashMap<>();
    for (Atom atom : atoms) {
      StringBuilder piece = new StringBuilder();
      for (Breakdown by : DIMS) {
        String group = atom.key(by);
        piece.append(outcome.shown(by, group) ? group : "REST").append('|');
      }
      pieces.merge(piece.toString(), atom.count(), Long::sum);
    }
    assertThat(pieces.values()).as("pieces %s", pieces).allMatch(n -> n == 0 || n >= k);
    for (Breakdown by : DIMS) {
      Map<String, Long> sizes = new HashMap<>();
      atoms.forEach(a -> sizes.merge(a.key(by), a.count(), Long::sum));
      long shown = 0;
      for (Map.Entry<String, Long> group : sizes.entrySet()) {
        if (outcome.shown(by, group.getKey())) {
          assertThat(group.getValue()).isGreaterThanOrEqualTo(k);
          shown += group.getValue();
        }
      }
      long rest = total - shown;
      assertThat(rest).as("%s: total minus shown", by).matches(n -> n == 0 || n >= k);
      Set<String> suppressed = outcome.suppressed(by);
      assertThat(suppressed).allMatch(g -> !outcome.shown(by, g));
    }
  }
}
