package de.planungsportal.web;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The shape every admin list screen shares: a table of rows, a dialog editing a form, delete with
 * confirmation. Subclasses say how to load, convert and save; errors become messages.
 *
 * @param <E> the entity listed
 * @param <F> the form edited in the dialog
 */
public abstract class CrudView<E, F> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected CurrentActor currentUser;

  private List<E> rows;
  private F form;
  private boolean deleteRefused;

  @PostConstruct
  protected void load() {
    rows = list(currentUser.require());
  }

  protected abstract List<E> list(Actor admin);

  protected abstract F newForm();

  protected abstract F formOf(E entity);

  protected abstract void save(Actor admin, F form);

  /** Deletes a row; screens without delete keep the default. */
  protected void delete(Actor admin, E entity) {
    throw new UnsupportedOperationException();
  }

  /** The message-bundle key of the confirmation after saving. */
  protected String savedKey() {
    return "admin.saved";
  }

  public void openNew() {
    deleteRefused = false;
    form = newForm();
  }

  public void edit(E entity) {
    deleteRefused = false;
    form = formOf(entity);
  }

  public void save() {
    deleteRefused = false;
    if (run(() -> save(currentUser.require(), form))) {
      Messages.info(savedKey());
      form = null;
      load();
    } else {
      // keeps the dialog open, as for a failed field validation
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void delete(E entity) {
    deleteRefused = !run(() -> delete(currentUser.require(), entity));
    if (!deleteRefused) {
      Messages.info("admin.deleted");
      load();
    }
  }

  /** Runs a change; a correctable error or a refusal becomes a message and changes nothing. */
  protected boolean run(Runnable change) {
    return UserChange.apply(change);
  }

  public List<E> getRows() {
    return rows;
  }

  /**
   * The last delete was refused: the list shows why (errors of the dialog stay in the dialog, not
   * also behind it).
   */
  public boolean isDeleteRefused() {
    return deleteRefused;
  }

  public F getForm() {
    return form;
  }
}
