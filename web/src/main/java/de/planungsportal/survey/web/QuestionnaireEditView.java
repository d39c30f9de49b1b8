package de.planungsportal.survey.web;

import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.Instrument.Variant;
import de.planungsportal.survey.InstrumentDraft;
import de.planungsportal.survey.InstrumentDraft.Element;
import de.planungsportal.survey.InstrumentDraft.QuestionDraft;
import de.planungsportal.survey.InstrumentDraft.SectionDraft;
import de.planungsportal.survey.InstrumentDraft.TranslationRow;
import de.planungsportal.survey.InstrumentRefusedException;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.QuestionnaireService;
import de.planungsportal.survey.QuestionnaireService.OpenedVersion;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs survey/questionnaire.xhtml?version=: the builder of a draft version (structure, texts,
 * translations, preview) and the read-only view of a frozen one. The edited copy lives here until
 * it is saved; the service checks the rules and stores it.
 */
@Named
@ViewScoped
public class QuestionnaireEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionnaireService service;
  @Inject private CurrentActor user;

  private String version;
  private OpenedVersion opened;
  private InstrumentDraft draft;
  private String slot;
  private int previewPage = 1;
  private String previewLanguage = "de";
  private Variant previewVariant = Variant.STANDARD;

  public void load() {
    Optional<Long> id = Pages.id(version);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      reload(id.get());
    } catch (AccessDeniedException e) {
      Pages.sendError(404);
    }
  }

  private void reload(long id) {
    opened = service.open(user.require(), id);
    draft = InstrumentDraft.of(opened.instrument());
    List<String> slots = getSlots();
    slot = slots.contains(slot) ? slot : slots.isEmpty() ? null : slots.get(0);
  }

  public void save() {
    Instrument instrument = draft.toInstrument();
    if (apply(() -> service.save(user.require(), opened.id(), opened.revision(), instrument))) {
      reload(opened.id());
      Messages.info("questionnaire.saved");
    }
  }

  public String freeze() {
    if (apply(() -> service.freeze(user.require(), opened.id()))) {
      return redirect(opened.id(), "questionnaireFrozen");
    }
    return null;
  }

  /** As {@link UserChange#apply}, with every broken rule of a refused instrument listed. */
  private static boolean apply(Runnable change) {
    boolean[] refused = {false};
    boolean applied =
        UserChange.apply(
            () -> {
              try {
                change.run();
              } catch (InstrumentRefusedException e) {
                refused[0] = true;
                showProblems(e);
              }
            });
    return applied && !refused[0];
  }

  public String newVersion() {
    long[] created = new long[1];
    if (UserChange.apply(() -> created[0] = service.newVersion(user.require(), opened.id()))) {
      return redirect(created[0], "questionnaireVersionCreated");
    }
    return null;
  }

  public String deleteDraft() {
    Long[] remaining = new Long[1];
    if (UserChange.apply(() -> remaining[0] = service.deleteDraft(user.require(), opened.id()))) {
      return remaining[0] == null
          ? "/survey/questionnaires?faces-redirect=true&notice=questionnaireDeleted"
          : redirect(remaining[0], "questionnaireDraftDeleted");
    }
    return null;
  }

  /** Lists every broken rule of a refused instrument, each naming its place. */
  static void showProblems(InstrumentRefusedException e) {
    Messages.error("instrument.refused", e.problems().size());
    e.problems().stream().limit(50).forEach(p -> Messages.error(p.messageKey(), p.argumentArray()));
  }

  private static String redirect(long id, String notice) {
    return "/survey/questionnaire?faces-redirect=true&notice=" + notice + "&version=" + id;
  }

  // structure: the buttons of the editor

  public void addSection() {
    draft.addSection();
  }

  public void moveSection(SectionDraft section, int by) {
    InstrumentDraft.move(draft.getSections(), section, by);
  }

  public void removeSection(SectionDraft section) {
    draft.getSections().remove(section);
  }

  public void addQuestion(SectionDraft section) {
    draft.addQuestion(section);
  }

  public void moveQuestion(SectionDraft section, QuestionDraft question, int by) {
    InstrumentDraft.move(section.getQuestions(), question, by);
  }

  public void removeQuestion(SectionDraft section, QuestionDraft question) {
    section.getQuestions().remove(question);
  }

  public void addOption(QuestionDraft question) {
    draft.addOption(question);
  }

  public void addItem(QuestionDraft question) {
    draft.addItem(question);
  }

  public void move(List<Element> list, Element entry, int by) {
    InstrumentDraft.move(list, entry, by);
  }

  public void remove(List<Element> list, Element entry) {
    list.remove(entry);
  }

  // choices of the page

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public List<String> getOtherLanguages() {
    return Instrument.LANGUAGES.subList(1, Instrument.LANGUAGES.size());
  }

  /** The translation slots besides German standard: other languages, and plain in every one. */
  public List<String> getSlots() {
    List<String> slots = new ArrayList<>();
    draft.getLanguages().forEach(l -> slots.add(InstrumentDraft.slot(Variant.STANDARD, l)));
    if (draft.isPlainVariant()) {
      slots.add(InstrumentDraft.slot(Variant.PLAIN, "de"));
      draft.getLanguages().forEach(l -> slots.add(InstrumentDraft.slot(Variant.PLAIN, l)));
    }
    return slots;
  }

  /** The questions a condition of this one may refer to, labelled with their German text. */
  public List<SelectItem> conditionChoices(QuestionDraft question) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", Messages.text("questionnaire.showIf.always")));
    for (QuestionDraft source : draft.conditionSources(question)) {
      items.add(
          new SelectItem(source.getKey(), label(source.getKey(), source.getTexts().getGerman())));
    }
    return items;
  }

  /**
   * The answers of the condition's question, labelled with their German text where they have one.
   */
  public List<SelectItem> conditionValueChoices(QuestionDraft question) {
    List<SelectItem> items = new ArrayList<>();
    QuestionDraft source =
        draft.getSections().stream()
            .flatMap(s -> s.getQuestions().stream())
            .filter(q -> q.getKey() != null && q.getKey().equals(question.getShowIfKey()))
            .findFirst()
            .orElse(null);
    for (String value : draft.conditionValues(question)) {
      String text =
          source == null
              ? null
              : source.getOptions().stream()
                  .filter(o -> value.equals(o.getKey()))
                  .map(o -> o.getTexts().getGerman())
                  .findFirst()
                  .orElse(null);
      items.add(new SelectItem(value, label(value, text)));
    }
    return items;
  }

  private static String label(String key, String text) {
    return text == null ? String.valueOf(key) : key + " – " + text;
  }

  public List<TranslationRow> getTranslationRows() {
    return draft.translationRows();
  }

  public List<String> getPreviewLanguages() {
    List<String> languages = new ArrayList<>(List.of("de"));
    languages.addAll(draft.getLanguages());
    return languages;
  }

  public List<Variant> getPreviewVariants() {
    return draft.isPlainVariant() ? List.of(Variant.values()) : List.of(Variant.STANDARD);
  }

  public List<Integer> getPreviewPages() {
    List<Integer> pages = new ArrayList<>();
    for (int i = 1; i <= Math.max(1, opened.instrument().sections().size()); i++) {
      pages.add(i);
    }
    return pages;
  }

  /** The answering path's preview of the stored version (contract of WAVE-16). */
  public String getPreviewUrl() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context
        + "/answer/preview?version="
        + opened.id()
        + "&page="
        + previewPage
        + "&lang="
        + URLEncoder.encode(previewLanguage, StandardCharsets.UTF_8)
        + "&variant="
        + previewVariant.name();
  }

  public boolean isFrozen() {
    return opened != null && opened.frozen();
  }

  public OpenedVersion getOpened() {
    return opened;
  }

  public InstrumentDraft getDraft() {
    return draft;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  /** The translation slot shown; the first one on offer if the offer changed. */
  public String getSlot() {
    List<String> slots = getSlots();
    if (!slots.contains(slot)) {
      slot = slots.isEmpty() ? null : slots.get(0);
    }
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = getSlots().contains(slot) ? slot : this.slot;
  }

  public int getPreviewPage() {
    return previewPage;
  }

  public void setPreviewPage(int previewPage) {
    this.previewPage = previewPage;
  }

  public String getPreviewLanguage() {
    return previewLanguage;
  }

  public void setPreviewLanguage(String previewLanguage) {
    this.previewLanguage = Instrument.LANGUAGES.contains(previewLanguage) ? previewLanguage : "de";
  }

  public Variant getPreviewVariant() {
    return previewVariant;
  }

  public void setPreviewVariant(Variant previewVariant) {
    this.previewVariant = previewVariant == null ? Variant.STANDARD : previewVariant;
  }
}
