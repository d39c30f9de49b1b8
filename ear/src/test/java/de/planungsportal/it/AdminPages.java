package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The admin screens as a browser drives them: a list page's "new" dialog, the audit check. */
final class AdminPages {

  private AdminPages() {}

  /** Opens the empty dialog of a list page ({@code listForm:new}); the answer holds its form. */
  static Page openNewDialog(PortalClient admin, String path) {
    Page page = admin.get(path);
    assertThat(page.status()).isEqualTo(200);
    Page dialog =
        admin.ajax(page, path, "listForm", "listForm:new", "listForm:new", "editForm", Map.of());
    assertThat(dialog.body()).as("dialog of %s", path).contains("id=\"editForm:save\"");
    return dialog;
  }

  /**
   * Opens the dialog a row's button opens ({@code listForm:rows:N:<button>}, labelled "…: <row
   * name>"), rendering the dialog's form; the answer holds that form.
   */
  static Page openRowDialog(
      PortalClient admin, String path, String button, String rowName, String formId) {
    Page list = admin.get(path);
    assertThat(list.status()).isEqualTo(200);
    Matcher id =
        Pattern.compile(
                "id=\"(listForm:rows:\\d+:"
                    + button
                    + ")\"[^>]*aria-label=\"[^\"]*: "
                    + Pattern.quote(rowName)
                    + "\"")
            .matcher(list.body());
    assertThat(id.find()).as("%s button of %s", button, rowName).isTrue();
    Page opened = admin.ajax(list, path, "listForm", id.group(1), id.group(1), formId, Map.of());
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body()).as("dialog of %s", rowName).contains("id=\"" + formId + ":");
    return opened;
  }

  /** The messages after pressing "check integrity" on the audit page. */
  static List<String> verifyAuditChain(PortalClient admin) {
    Page audit = admin.get("/admin/audit.xhtml");
    Page verified =
        admin.ajax(
            audit,
            "/admin/audit.xhtml",
            "auditForm",
            "auditForm:verify",
            "auditForm:verify",
            "auditForm:messages",
            Map.of());
    assertThat(verified.status()).isEqualTo(200);
    return PageText.messages(verified);
  }
}
