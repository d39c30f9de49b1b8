package de.planungsportal.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A committee (Gremium / Ausschuss) of the organisation. */
@Entity
@Table(name = "committee")
public class Committee extends ReferenceEntity {

  protected Committee() {}

  public Committee(Organisation organisation, String code, String name) {
    super(organisation, code, name);
  }
}
