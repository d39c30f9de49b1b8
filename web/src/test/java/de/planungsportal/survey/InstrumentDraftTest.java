package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.survey.InstrumentDraft.QuestionDraft;
import de.planungsportal.survey.InstrumentDraft.SectionDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentDraftTest {

  @Test
  void aNewSectionHasAChoiceQuestionAndLaterQuestionsMayDependOnIt() {
    InstrumentDraft draft = new InstrumentDraft();
    SectionDraft section = draft.addSection();
    QuestionDraft second = draft.addQuestion(section);
    QuestionDraft first = section.getQuestions().get(0);

    assertThat(draft.conditionSources(first)).isEmpty();
    assertThat(draft.conditionSources(second)).containsExactly(first);
    second.setShowIfKey(first.getKey());
    assertThat(draft.conditionValues(second)).containsExactly("a1", "a2");
  }

  @Test
  void anInstrumentSurvivesTheEditorUnchanged() {
    Instrument valid = InstrumentFixture.valid();

    Instrument back = InstrumentDraft.of(valid).toInstrument();

    assertThat(back.sections()).isEqualTo(valid.sections());
    assertThat(new java.util.HashSet<>(back.texts()))
        .isEqualTo(new java.util.HashSet<>(valid.texts()));
    assertThat(InstrumentRules.problems(back)).isEmpty();
  }

  @Test
  void renamingAKeyKeepsItsTextsAndDroppingALanguageDropsItsTexts() {
    InstrumentDraft draft = InstrumentDraft.of(InstrumentFixture.valid());
    draft.getSections().get(0).getQuestions().get(0).setKey("likes");
    draft.getSections().get(0).getQuestions().get(1).setShowIfKey("likes");
    draft.setLanguages(List.of());

    Instrument saved = draft.toInstrument();

    assertThat(saved.texts())
        .anyMatch(t -> t.element().equals("q:likes") && t.language().equals("de"))
        .noneMatch(t -> t.language().equals("en"));
    assertThat(InstrumentRules.problems(saved)).isEmpty();
  }
}
