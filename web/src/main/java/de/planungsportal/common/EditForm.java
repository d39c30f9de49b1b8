package de.planungsportal.common;

import java.io.Serializable;

/**
 * What every dialog that creates or edits a stored record carries besides its fields: the record's
 * id (none for a new one) and the version it was read at, so a save over someone else's newer
 * change is refused instead of overwriting it.
 */
public abstract class EditForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;

  /** Copies the id and version of the record being edited. */
  protected void editing(Long id, int version) {
    this.id = id;
    this.version = version;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
