package de.planungsportal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void cleaningComposesCombiningMarksAndStripsBlanks() {
    assertThat(Text.clean("  Cafe\u0301 Süd ")).isEqualTo("Café Süd");
    assertThat(Text.clean("   ")).isNull();
    assertThat(Text.clean(null)).isNull();
  }

  @Test
  void namesInAnyScriptWithEmojiAndApostrophesArePlain() {
    assertThat(Text.isPlain("Grundschule O'Brien-Straße")).isTrue();
    assertThat(Text.isPlain("مدرسة المدينة")).isTrue();
    assertThat(Text.isPlain("Kita Regenbogen 🌈")).isTrue();
    assertThat(Text.isPlain("Familie 👩\u200D👩\u200D👧")).isTrue();
    assertThat(Text.isPlain("x'; DROP TABLE account; --")).isTrue();
  }

  @Test
  void markupControlAndBidiOverrideCharactersAreNotPlain() {
    assertThat(Text.isPlain("<script>alert(1)</script>")).isFalse();
    assertThat(Text.isPlain("Schule\u202Egnissab")).isFalse();
    assertThat(Text.isPlain("Zeile\nUmbruch")).isFalse();
    assertThat(Text.isPlain("Null\u0000Byte")).isFalse();
    assertThat(Text.isPlain("unsichtbar\u200Bgetrennt")).isFalse();
  }
}
