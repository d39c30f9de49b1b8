package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

  @Test
  void typedCodesAreNormalisedForgivingCaseSpacesAndDashes() {
    assertThat(AccessCodes.normalize(" k7qm 4xpa-2htr ")).contains("K7QM4XPA2HTR");
    assertThat(AccessCodes.normalize("K7QM-4XPA-2HTR")).contains("K7QM4XPA2HTR");
  }

  @Test
  void somethingThatCannotBeACodeIsRefusedBeforeAnyLookup() {
    assertThat(AccessCodes.normalize(null)).isEmpty();
    assertThat(AccessCodes.normalize("")).isEmpty();
    assertThat(AccessCodes.normalize("K7QM-4XPA")).isEmpty();
    assertThat(AccessCodes.normalize("K7QM-4XPA-2HTO")).as("O is not in the alphabet").isEmpty();
    assertThat(AccessCodes.normalize("' OR 1=1 -- ")).isEmpty();
    assertThat(AccessCodes.normalize("K".repeat(41))).isEmpty();
  }

  @Test
  void hashIsTheHexSha256OfSaltColonCodeAndDependsOnTheSalt() {
    // as MariaDB computes it for the demo data: SHA2(CONCAT('salt', ':', 'K7QM4XPA2HTR'), 256)
    assertThat(AccessCodes.hash("salt", "K7QM4XPA2HTR"))
        .isEqualTo("e27634673ae5b0c7f7428597a7982d29ec670a150078444bd4dc2785d2f3d0e4");
    assertThat(AccessCodes.hash("other", "K7QM4XPA2HTR"))
        .isNotEqualTo(AccessCodes.hash("salt", "K7QM4XPA2HTR"));
  }

  @Test
  void generatedCodesAreValidCodesThatUseTheWholeAlphabetAndDoNotRepeat() {
    SecureRandom random = new SecureRandom();
    Set<String> codes = new HashSet<>();
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = AccessCodes.generate(random);
      assertThat(AccessCodes.normalize(code)).contains(code);
      codes.add(code);
      code.chars().forEach(c -> used.add((char) c));
    }
    assertThat(codes).hasSize(2000);
    assertThat(used).hasSize(AccessCodes.ALPHABET.length());
  }
}
