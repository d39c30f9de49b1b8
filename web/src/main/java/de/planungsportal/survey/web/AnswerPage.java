package de.planungsportal.survey.web;

import de.planungsportal.survey.AnswerRules;
import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.TextKeys;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.ResourceBundle;

/**
 * Renders the answering pages as plain HTML: the layout of the portal's answering template (skip
 * link, header with the language switch, main, footer), the code entry, the consent confirmation,
 * and one page of a questionnaire with every question kind. Texts are escaped by {@link Html} only.
 * No script, one stylesheet besides the portal's.
 */
final class AnswerPage {

  /** The languages' own names, as a language switch shows them. */
  static final Map<String, String> ENDONYMS =
      Map.of(
          "de", "Deutsch",
          "en", "English",
          "tr", "Türkçe",
          "ar", "العربية",
          "uk", "Українська",
          "ru", "Русский");

  private static final String BUNDLE = "de.planungsportal.i18n.messages";

  private final String contextPath;
  private final String pageLanguage;
  private final String chromeLanguage;
  private final ResourceBundle bundle;
  private final Html html = new Html();

  /**
   * @param pageLanguage the language of the page's content (a questionnaire may offer more
   *     languages than the portal's own texts; those are shown in English, marked with their
   *     language)
   */
  AnswerPage(String contextPath, String pageLanguage) {
    this.contextPath = contextPath;
    this.pageLanguage = pageLanguage;
    this.chromeLanguage = "de".equals(pageLanguage) ? "de" : "en";
    this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(chromeLanguage));
  }

  String chromeLanguage() {
    return chromeLanguage;
  }

  /** A portal text (not the questionnaire's) in the chrome language, formatted. */
  String message(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.forLanguageTag(chromeLanguage)).format(arguments);
  }

  /** The lang attribute a portal text needs inside content of another language, else null. */
  private String chromeLang() {
    return chromeLanguage.equals(pageLanguage) ? null : chromeLanguage;
  }

  private String chromeDir() {
    return chromeLang() != null && Instrument.RIGHT_TO_LEFT.contains(pageLanguage) ? "ltr" : null;
  }

  /** Writes a portal text in an element marked with its language where it differs. */
  private void chrome(String element, String text, String... attributes) {
    String[] all = new String[attributes.length + 4];
    System.arraycopy(attributes, 0, all, 0, attributes.length);
    all[attributes.length] = "lang";
    all[attributes.length + 1] = chromeLang();
    all[attributes.length + 2] = "dir";
    all[attributes.length + 3] = chromeDir();
    html.element(element, text, all);
  }

  // ---------------------------------------------------------------- layout

  /** The page up to the start of main; {@code languages} writes the language switch. */
  private void head(String title, Runnable languages) {
    html.markup("<!DOCTYPE html>")
        .open(
            "html",
            "lang",
            pageLanguage,
            "dir",
            Instrument.RIGHT_TO_LEFT.contains(pageLanguage) ? "rtl" : "ltr")
        .open("head")
        .empty("meta", "charset", "UTF-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .empty("meta", "name", "robots", "content", "noindex")
        .element("title", title + " – " + message("survey.name"))
        .empty(
            "link",
            "rel",
            "icon",
            "type",
            "image/svg+xml",
            "href",
            contextPath + "/resources/images/favicon.svg")
        .empty("link", "rel", "stylesheet", "href", contextPath + "/resources/css/portal.css")
        .empty("link", "rel", "stylesheet", "href", contextPath + "/resources/css/answer.css")
        .close("head")
        .open("body", "class", "survey");
    html.open("a", "class", "skip-link", "href", "#content", "lang", chromeLang())
        .text(message("nav.skip"))
        .close("a");
    html.open("header", "class", "portal-header");
    chrome("span", message("survey.name"), "class", "portal-header__name");
    languages.run();
    html.close("header");
    html.open("main", "id", "content", "class", "portal-main survey-main", "tabindex", "-1");
  }

  private void foot() {
    html.close("main").open("footer", "class", "portal-footer");
    html.open(
            "a", "id", "privacyLink", "href", contextPath + "/privacy.xhtml", "lang", chromeLang())
        .text(message("footer.privacy"))
        .close("a");
    html.close("footer").close("body").close("html");
  }

  /** Links to this page in the portal's languages (pages without a questionnaire). */
  private void languageLinks() {
    html.open("nav", "class", "language", "aria-label", message("nav.language"));
    boolean first = true;
    for (String language : List.of("de", "en")) {
      if (!first) {
        html.open("span", "aria-hidden", "true").text(" | ").close("span");
      }
      first = false;
      boolean active = language.equals(pageLanguage);
      html.open(
              "a",
              "id",
              "lang" + Character.toUpperCase(language.charAt(0)) + language.substring(1),
              "href",
              contextPath + "/answer/?lang=" + language,
              "lang",
              language,
              "hreflang",
              language,
              "class",
              active ? "active" : null,
              "aria-current",
              active ? "true" : "false")
          .text(ENDONYMS.get(language))
          .close("a");
    }
    html.close("nav");
  }

  // ---------------------------------------------------------------- entry and consent

  /** The code entry form, with the reason a code was refused, if any. */
  String entry(String typed, String problemKey) {
    head(message("survey.entry.title"), this::languageLinks);
    chrome("h1", message("survey.entry.title"));
    chrome("p", message("survey.entry.intro"), "class", "lead");
    if (problemKey != null) {
      chrome(
          "p",
          message(problemKey),
          "id",
          "codeProblem",
          "class",
          "notice notice--error",
          "role",
          "alert");
    }
    html.open("form", "id", "codeForm", "method", "post", "action", contextPath + "/answer/");
    html.empty("input", "type", "hidden", "name", "lang", "value", pageLanguage);
    html.open("div", "class", "field");
    chrome("label", message("survey.entry.code"), "for", "code");
    html.empty(
        "input",
        "id",
        "code",
        "name",
        "code",
        "type",
        "text",
        "value",
        typed == null ? "" : typed,
        "maxlength",
        "40",
        "autocomplete",
        "off",
        "autocapitalize",
        "characters",
        "spellcheck",
        "false",
        "required",
        "",
        "aria-describedby",
        "codeHint",
        "aria-invalid",
        problemKey == null ? "false" : "true");
    chrome("p", message("survey.entry.hint"), "id", "codeHint", "class", "hint");
    html.close("div");
    chrome(
        "button",
        message("survey.entry.submit"),
        "id",
        "enter",
        "type",
        "submit",
        "class",
        "button");
    html.close("form");
    foot();
    return html.toString();
  }

  /** Before the first question of a wave whose pupils confirm consent themselves. */
  String consent(String title, String code, boolean missing) {
    head(title, this::languageLinks);
    html.element("h1", title);
    chrome("h2", message("survey.confirm.title"));
    if (missing) {
      html.open(
          "div",
          "id",
          "errors",
          "class",
          "notice notice--error",
          "role",
          "alert",
          "tabindex",
          "-1");
      html.open("a", "href", "#consent", "lang", chromeLang())
          .text(message("survey.confirm.required"))
          .close("a");
      html.close("div");
    }
    chrome("p", message("survey.confirm.text"), "class", "lead");
    html.open(
        "form",
        "id",
        "consentForm",
        "method",
        "post",
        "action",
        contextPath + "/answer/",
        "novalidate",
        "");
    html.empty("input", "type", "hidden", "name", "code", "value", code);
    html.empty("input", "type", "hidden", "name", "lang", "value", pageLanguage);
    html.empty("input", "type", "hidden", "name", "step", "value", "consent");
    html.open("div", "class", "field consent");
    html.empty(
        "input",
        "type",
        "checkbox",
        "id",
        "consent",
        "name",
        "consent",
        "value",
        "yes",
        "required",
        "",
        "aria-invalid",
        missing ? "true" : "false",
        "aria-describedby",
        missing ? "consentError" : null);
    chrome("label", message("survey.confirm.confirm"), "for", "consent");
    if (missing) {
      chrome("p", message("survey.confirm.required"), "id", "consentError", "class", "field-error");
    }
    html.close("div");
    chrome(
        "button", message("survey.page.next"), "id", "next", "type", "submit", "class", "button");
    html.close("form");
    foot();
    return html.toString();
  }

  // ---------------------------------------------------------------- a questionnaire page

  /** What a questionnaire page shows. */
  record PageModel(
      Instrument instrument,
      Instrument.Variant variant,
      String title,
      long waveId,
      int page,
      Map<String, List<String>> values,
      Map<String, String> stored,
      List<AnswerRules.Problem> problems,
      String code,
      long seed,
      String noticeKey,
      boolean preview,
      boolean consented) {}

  String page(PageModel model) {
    Instrument instrument = model.instrument();
    Instrument.Wording wording = instrument.wording(model.variant(), pageLanguage);
    int pages = instrument.sections().size();
    Instrument.Section section = instrument.sections().get(model.page());
    head(model.title(), () -> questionnaireSwitch(model));
    if (model.preview()) {
      chrome("p", message("survey.preview.notice"), "id", "previewNotice", "class", "notice");
    }
    html.element("h1", model.title());
    chrome(
        "p",
        message("survey.page.progress", model.page() + 1, pages),
        "id",
        "progress",
        "class",
        "progress");
    if (!model.problems().isEmpty()) {
      html.open(
          "div",
          "id",
          "errors",
          "class",
          "notice notice--error",
          "role",
          "alert",
          "tabindex",
          "-1");
      chrome("p", message("survey.page.errors", model.problems().size()));
      html.open("ul", "lang", chromeLang());
      for (AnswerRules.Problem problem : model.problems()) {
        html.open("li")
            .open("a", "href", "#" + firstInputId(instrument, problem.questionKey()))
            .text(message(problem.messageKey(), problem.arguments()))
            .close("a")
            .close("li");
      }
      html.close("ul").close("div");
    } else if (model.noticeKey() != null) {
      chrome("p", message(model.noticeKey()), "id", "notice", "class", "notice", "role", "status");
    }
    String action = contextPath + (model.preview() ? "/answer/preview" : "/answer/page");
    html.open(
        "form",
        "id",
        "pageForm",
        "method",
        model.preview() ? "get" : "post",
        "action",
        action,
        "novalidate",
        "");
    if (!model.preview()) {
      // Enter in a text field goes forward, not to the first button of the header
      html.open(
              "button",
              "type",
              "submit",
              "name",
              "go",
              "value",
              "next",
              "class",
              "default-submit",
              "tabindex",
              "-1",
              "aria-hidden",
              "true")
          .text(message("survey.page.next"))
          .close("button");
      html.empty("input", "type", "hidden", "name", "code", "value", model.code());
      html.empty(
          "input", "type", "hidden", "name", "page", "value", Integer.toString(model.page()));
      html.empty("input", "type", "hidden", "name", "lang", "value", pageLanguage);
      html.empty("input", "type", "hidden", "name", "variant", "value", model.variant().name());
      if (model.consented()) {
        html.empty("input", "type", "hidden", "name", "consent", "value", "yes");
      }
    }
    if (model.page() == 0) {
      text(wording, TextKeys.INTRO, "p", "class", "lead");
      chrome("p", message("survey.page.intro"), "class", "hint");
    }
    String sectionTitle = wording.text(TextKeys.section(section.key()));
    if (sectionTitle != null) {
      text(wording, TextKeys.section(section.key()), "h2");
    }
    chrome("p", message("survey.answer.mandatoryHint"), "class", "hint");
    Map<String, String> earlier = new HashMap<>(model.stored());
    for (Question q : section.questions()) {
      if (q.showIfKey() != null
          && !sameSection(section, q.showIfKey())
          && !AnswerRules.shown(instrument, q, earlier)) {
        continue; // decided by an earlier page: not asked at all
      }
      question(model, wording, q, section);
    }
    if (!model.preview()) {
      html.open("div", "class", "actions");
      boolean last = model.page() == pages - 1;
      chrome(
          "button",
          message(last ? "survey.answer.submit" : "survey.page.next"),
          "id",
          last ? "submit" : "next",
          "type",
          "submit",
          "name",
          "go",
          "value",
          last ? "submit" : "next",
          "class",
          "button");
      if (model.page() > 0) {
        chrome(
            "button",
            message("survey.page.back"),
            "id",
            "back",
            "type",
            "submit",
            "name",
            "go",
            "value",
            "back",
            "class",
            "button button--secondary");
      }
      html.close("div");
      chrome("p", message("survey.page.saved"), "class", "hint");
      html.open("p", "class", "hint")
          .open(
              "a",
              "id",
              "wavePrivacy",
              "href",
              contextPath
                  + "/answer/privacy.xhtml?wave="
                  + model.waveId()
                  + "&lang="
                  + chromeLanguage,
              "target",
              "_blank",
              "rel",
              "noopener",
              "lang",
              chromeLang())
          .text(message("survey.answer.privacy"))
          .close("a")
          .close("p");
    }
    html.close("form");
    foot();
    return html.toString();
  }

  private static boolean sameSection(Instrument.Section section, String key) {
    return section.questions().stream().anyMatch(q -> q.key().equals(key));
  }

  /**
   * Language and variant switch of a questionnaire: buttons of the page's form (keep typed
   * answers).
   */
  private void questionnaireSwitch(PageModel model) {
    List<String> languages =
        Instrument.LANGUAGES.stream()
            .filter(l -> l.equals("de") || model.instrument().languages().contains(l))
            .toList();
    html.open(
        "nav",
        "class",
        "language",
        "aria-label",
        message("survey.page.language"),
        "lang",
        chromeLang());
    for (int i = 0; i < languages.size(); i++) {
      String language = languages.get(i);
      if (i > 0) {
        html.open("span", "aria-hidden", "true").text(" | ").close("span");
      }
      boolean active = language.equals(pageLanguage);
      String id = "lang" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
      switchControl(
          model.preview(),
          id,
          previewUrl(model, model.page(), language, model.variant()),
          "lang:" + language,
          language,
          active,
          ENDONYMS.get(language));
    }
    if (model.instrument().plainVariant()) {
      html.open("span", "class", "variant-switch");
      html.open("span", "aria-hidden", "true").text(" · ").close("span");
      html.open("span", "class", "sr-only")
          .text(message("survey.page.variant") + ":")
          .close("span");
      for (Instrument.Variant v : Instrument.Variant.values()) {
        boolean active = v == model.variant();
        String id = "variant" + v.name();
        switchControl(
            model.preview(),
            id,
            previewUrl(model, model.page(), pageLanguage, v),
            "variant:" + v.name(),
            null,
            active,
            message("survey.page.variant." + v.name()));
        html.text(" ");
      }
      html.close("span");
    }
    html.close("nav");
  }

  /**
   * One choice of the language or variant switch: a link in the preview (no form there), a submit
   * button of the page's form when answering, so typed answers go along. language is set for a
   * language choice, which is then marked in its own language and direction.
   */
  private void switchControl(
      boolean preview,
      String id,
      String previewHref,
      String go,
      String language,
      boolean active,
      String label) {
    String dir =
        language == null ? null : Instrument.RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    String current = active ? "true" : "false";
    if (preview) {
      html.open(
          "a",
          "id",
          id,
          "href",
          previewHref,
          "lang",
          language,
          "dir",
          dir,
          "class",
          active ? "active" : null,
          "aria-current",
          current);
    } else {
      html.open(
          "button",
          "id",
          id,
          "type",
          "submit",
          "form",
          "pageForm",
          "name",
          "go",
          "value",
          go,
          "lang",
          language,
          "dir",
          dir,
          "class",
          "link-button" + (active ? " active" : ""),
          "aria-current",
          current);
    }
    html.text(label).close(preview ? "a" : "button");
  }

  private String previewUrl(
      PageModel model, int page, String language, Instrument.Variant variant) {
    return contextPath
        + "/answer/preview?version="
        + model.waveId()
        + "&page="
        + (page + 1)
        + "&lang="
        + language
        + "&variant="
        + variant.name();
  }

  /** A questionnaire text, marked when it fell back to German (visible in the preview only). */
  private void text(Instrument.Wording wording, String element, String tag, String... attributes) {
    String text = wording.text(element);
    if (text == null) {
      return;
    }
    html.open(tag, attributes);
    inline(wording, element);
    html.close(tag);
  }

  /** An option's text, or its key where it has none in any language (never an empty label). */
  private void option(Instrument.Wording wording, String question, String option) {
    if (wording.text(TextKeys.option(question, option)) == null) {
      html.text(option);
    } else {
      inline(wording, TextKeys.option(question, option));
    }
  }

  /** The text of an element as inline content: German in another language is marked as such. */
  private void inline(Instrument.Wording wording, String element) {
    String text = wording.text(element);
    if (text == null) {
      return;
    }
    if (wording.fellBackToGerman(element)) {
      html.open("span", "lang", "de", "dir", "ltr", "class", "fallback").text(text);
      html.open("span", "class", "sr-only")
          .text(" " + message("survey.preview.fallback"))
          .close("span");
      html.close("span");
    } else {
      html.text(text);
    }
  }

  private static String inputId(String key) {
    return "a-" + key;
  }

  private static String firstInputId(Instrument instrument, String key) {
    Question q = instrument.question(key).orElse(null);
    if (q == null) {
      return "content";
    }
    return switch (q.kind()) {
      case MATRIX -> inputId(key) + "-" + (q.items().isEmpty() ? "" : q.items().get(0)) + "-1";
      case SINGLE_CHOICE ->
          q.display() == Instrument.Display.DROPDOWN ? inputId(key) : inputId(key) + "-0";
      case MULTIPLE_CHOICE, RATING, YES_NO -> inputId(key) + "-0";
      default -> inputId(key);
    };
  }

  private void question(
      PageModel model, Instrument.Wording wording, Question q, Instrument.Section section) {
    Instrument instrument = model.instrument();
    int number = AnswerRules.number(instrument, q);
    AnswerRules.Problem problem =
        model.problems().stream()
            .filter(p -> p.questionKey().equals(q.key()))
            .findFirst()
            .orElse(null);
    List<String> values = model.values().getOrDefault(q.key(), List.of());
    String errorId = "err-" + q.key();
    String helpId = "help-" + q.key();
    boolean hasHelp = wording.text(TextKeys.help(q.key())) != null;
    String describedBy = join(problem != null ? errorId : null, hasHelp ? helpId : null);
    html.open(
        "div",
        "class",
        "question",
        "id",
        "q-" + q.key(),
        "data-show-if",
        q.showIfKey() != null && sameSection(section, q.showIfKey()) ? q.showIfKey() : null,
        "data-show-values",
        q.showIfKey() != null && sameSection(section, q.showIfKey())
            ? String.join(",", q.showIfValues())
            : null);
    boolean group =
        switch (q.kind()) {
          case SINGLE_CHOICE -> q.display() != Instrument.Display.DROPDOWN;
          case MULTIPLE_CHOICE, RATING, MATRIX, YES_NO -> true;
          default -> false;
        };
    if (group) {
      html.open("fieldset", "aria-describedby", describedBy);
      html.open("legend", "class", "question-text");
      label(wording, q, number);
      html.close("legend");
    } else {
      html.open("label", "for", inputId(q.key()), "class", "question-text");
      label(wording, q, number);
      html.close("label");
    }
    if (hasHelp) {
      text(wording, TextKeys.help(q.key()), "p", "id", helpId, "class", "hint");
    }
    if (q.showIfKey() != null && sameSection(section, q.showIfKey())) {
      // without a script the question stays visible: it says when it applies
      Question condition = instrument.question(q.showIfKey()).orElseThrow();
      List<String> shownFor = new ArrayList<>();
      for (String value : q.showIfValues()) {
        String label =
            condition.kind().hasOptions()
                ? wording.text(TextKeys.option(condition.key(), value))
                : condition.kind() == QuestionKind.YES_NO ? message("survey.page." + value) : null;
        shownFor.add("„" + (label == null ? value : label) + "“");
      }
      html.open("p", "class", "hint condition", "lang", chromeLang())
          .text(
              message(
                  "survey.page.onlyIf",
                  AnswerRules.number(instrument, condition),
                  String.join(", ", shownFor)))
          .close("p");
    }
    if (problem != null) {
      html.open("p", "id", errorId, "class", "field-error", "lang", chromeLang())
          .text(message(problem.messageKey(), problem.arguments()))
          .close("p");
    }
    String invalid = problem != null ? "true" : null;
    switch (q.kind()) {
      case SINGLE_CHOICE -> {
        List<String> options = ordered(q, model.seed());
        if (q.display() == Instrument.Display.DROPDOWN) {
          html.open(
              "select",
              "id",
              inputId(q.key()),
              "name",
              "a." + q.key(),
              "required",
              q.mandatory() ? "" : null,
              "aria-invalid",
              invalid,
              "aria-describedby",
              describedBy);
          html.open("option", "value", "").text(message("survey.page.choose")).close("option");
          for (String option : options) {
            html.open("option", "value", option, "selected", values.contains(option) ? "" : null);
            option(wording, q.key(), option);
            html.close("option");
          }
          if (q.dontKnow()) {
            html.open(
                    "option",
                    "value",
                    Instrument.DONT_KNOW,
                    "selected",
                    values.contains(Instrument.DONT_KNOW) ? "" : null,
                    "lang",
                    chromeLang())
                .text(message("survey.page.dontKnow"))
                .close("option");
          }
          html.close("select");
        } else {
          choices(q, "radio", options, values, option -> option(wording, q.key(), option), invalid);
        }
      }
      case MULTIPLE_CHOICE ->
          choices(
              q,
              "checkbox",
              ordered(q, model.seed()),
              values,
              option -> option(wording, q.key(), option),
              invalid);
      case YES_NO ->
          choices(
              q,
              "radio",
              List.of("yes", "no"),
              values,
              option ->
                  html.open("span", "lang", chromeLang())
                      .text(message("survey.page." + option))
                      .close("span"),
              invalid);
      case RATING -> {
        List<String> steps = new ArrayList<>();
        for (int step = 1; step <= Instrument.RATING_STEPS; step++) {
          steps.add(Integer.toString(step));
        }
        html.open("div", "class", "scale");
        choices(q, "radio", steps, values, step -> stepLabel(wording, q, step), invalid);
        html.close("div");
      }
      case MATRIX -> matrix(model, wording, q, invalid);
      case NUMBER -> {
        String hintId = "hint-" + q.key();
        html.empty(
            "input",
            "id",
            inputId(q.key()),
            "name",
            "a." + q.key(),
            "type",
            "text",
            "inputmode",
            "numeric",
            "value",
            firstNot(values, Instrument.DONT_KNOW),
            "maxlength",
            "10",
            "required",
            q.mandatory() ? "" : null,
            "aria-invalid",
            invalid,
            "aria-describedby",
            join(describedBy, q.min() != null && q.max() != null ? hintId : null),
            "class",
            "number");
        if (q.min() != null && q.max() != null) {
          html.open("p", "id", hintId, "class", "hint", "lang", chromeLang())
              .text(message("survey.page.numberHint", q.min().toString(), q.max().toString()))
              .close("p");
        }
        dontKnowBox(q, values);
      }
      case SHORT_TEXT -> {
        html.empty(
            "input",
            "id",
            inputId(q.key()),
            "name",
            "a." + q.key(),
            "type",
            "text",
            "value",
            firstNot(values, Instrument.DONT_KNOW),
            "maxlength",
            Integer.toString(Instrument.MAX_SHORT_TEXT),
            "required",
            q.mandatory() ? "" : null,
            "aria-invalid",
            invalid,
            "aria-describedby",
            describedBy);
        dontKnowBox(q, values);
      }
      case LONG_TEXT -> {
        html.open(
                "textarea",
                "id",
                inputId(q.key()),
                "name",
                "a." + q.key(),
                "rows",
                "4",
                "maxlength",
                Integer.toString(Instrument.MAX_LONG_TEXT),
                "required",
                q.mandatory() ? "" : null,
                "aria-invalid",
                invalid,
                "aria-describedby",
                describedBy)
            .text(firstNot(values, Instrument.DONT_KNOW))
            .close("textarea");
        dontKnowBox(q, values);
      }
      default -> {}
    }
    if (group) {
      html.close("fieldset");
    }
    html.close("div");
  }

  private void label(Instrument.Wording wording, Question q, int number) {
    html.text(number + ". ");
    inline(wording, TextKeys.question(q.key()));
    if (q.mandatory()) {
      html.open("span", "class", "mandatory")
          .open("span", "aria-hidden", "true")
          .text(" *")
          .close("span");
      html.open("span", "class", "sr-only", "lang", chromeLang())
          .text(" (" + message("survey.page.mandatory") + ")")
          .close("span");
      html.close("span");
    }
  }

  private void stepLabel(Instrument.Wording wording, Question q, String step) {
    html.text(step);
    String end =
        step.equals("1")
            ? TextKeys.low(q.key())
            : step.equals(Integer.toString(Instrument.RATING_STEPS))
                ? TextKeys.high(q.key())
                : null;
    if (end != null && wording.text(end) != null) {
      html.text(" – ");
      inline(wording, end);
    }
  }

  private void choices(
      Question q,
      String type,
      List<String> options,
      List<String> values,
      java.util.function.Consumer<String> labelOf,
      String invalid) {
    html.open("div", "class", "choices");
    int i = 0;
    for (String option : options) {
      String id = inputId(q.key()) + "-" + i++;
      html.open("div", "class", "choice");
      html.empty(
          "input",
          "type",
          type,
          "id",
          id,
          "name",
          "a." + q.key(),
          "value",
          option,
          "checked",
          values.contains(option) ? "" : null,
          "required",
          q.mandatory() && type.equals("radio") ? "" : null,
          "aria-invalid",
          invalid);
      html.open("label", "for", id);
      labelOf.accept(option);
      html.close("label").close("div");
    }
    if (q.dontKnow()) {
      String id = inputId(q.key()) + "-dk";
      html.open("div", "class", "choice choice--dont-know");
      html.empty(
          "input",
          "type",
          type,
          "id",
          id,
          "name",
          "a." + q.key(),
          "value",
          Instrument.DONT_KNOW,
          "checked",
          values.contains(Instrument.DONT_KNOW) ? "" : null,
          "aria-invalid",
          invalid);
      html.open("label", "for", id, "lang", chromeLang())
          .text(message("survey.page.dontKnow"))
          .close("label");
      html.close("div");
    }
    html.close("div");
  }

  private void dontKnowBox(Question q, List<String> values) {
    if (!q.dontKnow()) {
      return;
    }
    String id = inputId(q.key()) + "-dk";
    html.open("div", "class", "choice choice--dont-know");
    html.empty(
        "input",
        "type",
        "checkbox",
        "id",
        id,
        "name",
        "a." + q.key(),
        "value",
        Instrument.DONT_KNOW,
        "checked",
        values.contains(Instrument.DONT_KNOW) ? "" : null);
    html.open("label", "for", id, "lang", chromeLang())
        .text(message("survey.page.dontKnow"))
        .close("label");
    html.close("div");
  }

  /**
   * Items as rows, the scale as columns: a radio group per row, each radio named by row and column.
   */
  private void matrix(PageModel model, Instrument.Wording wording, Question q, String invalid) {
    html.open("div", "class", "matrix-scroll");
    html.open("table", "class", "matrix");
    html.open("thead").open("tr");
    html.open("td").close("td");
    for (int step = 1; step <= Instrument.RATING_STEPS; step++) {
      html.open("th", "scope", "col", "id", "h-" + q.key() + "-" + step);
      stepLabel(wording, q, Integer.toString(step));
      html.close("th");
    }
    if (q.dontKnow()) {
      html.open("th", "scope", "col", "id", "h-" + q.key() + "-dk", "lang", chromeLang())
          .text(message("survey.page.dontKnow"))
          .close("th");
    }
    html.close("tr").close("thead").open("tbody");
    for (String item : q.items()) {
      List<String> values = model.values().getOrDefault(q.key() + "." + item, List.of());
      String rowId = "r-" + q.key() + "-" + item;
      html.open("tr", "role", null);
      html.open("th", "scope", "row", "id", rowId);
      inline(wording, TextKeys.item(q.key(), item));
      html.close("th");
      List<String> steps = new ArrayList<>();
      for (int step = 1; step <= Instrument.RATING_STEPS; step++) {
        steps.add(Integer.toString(step));
      }
      if (q.dontKnow()) {
        steps.add(Instrument.DONT_KNOW);
      }
      for (String step : steps) {
        String id =
            inputId(q.key()) + "-" + item + "-" + (step.equals(Instrument.DONT_KNOW) ? "dk" : step);
        String header = "h-" + q.key() + "-" + (step.equals(Instrument.DONT_KNOW) ? "dk" : step);
        html.open("td");
        html.empty(
            "input",
            "type",
            "radio",
            "id",
            id,
            "name",
            "a." + q.key() + "." + item,
            "value",
            step,
            "checked",
            values.contains(step) ? "" : null,
            "required",
            q.mandatory() ? "" : null,
            "aria-invalid",
            invalid,
            "aria-labelledby",
            rowId + " " + header);
        html.close("td");
      }
      html.close("tr");
    }
    html.close("tbody").close("table").close("div");
  }

  /** Options in their order, or shuffled stably per respondent where the question says so. */
  private static List<String> ordered(Question q, long seed) {
    if (!q.randomise()) {
      return q.options();
    }
    List<String> shuffled = new ArrayList<>(q.options());
    Collections.shuffle(shuffled, new Random(seed ^ q.key().hashCode()));
    return shuffled;
  }

  private static String firstNot(List<String> values, String not) {
    return values.stream().filter(v -> !v.equals(not)).findFirst().orElse("");
  }

  private static String join(String... ids) {
    StringBuilder joined = new StringBuilder();
    for (String id : ids) {
      if (id != null) {
        joined.append(joined.length() == 0 ? "" : " ").append(id);
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }
}
