package de.planungsportal.tenant;

/** A row that belongs to one organisation, and only its own staff may change it. */
public interface Owned {

  /** The organisation whose data this is. */
  Organisation owner();
}
