package de.planungsportal.area;

/**
 * A department, area, school or committee as staff see it, marked with its owner when another
 * organisation shares it. A bean rather than a record: pages sort and filter by its properties.
 */
public final class ReferenceItem {

  private final long id;
  private final String code;
  private final String name;
  private final String kind;
  private final String within;
  private final String owner;
  private final boolean shared;

  public ReferenceItem(
      long id, String code, String name, String kind, String within, String owner, boolean shared) {
    this.id = id;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.within = within;
    this.owner = owner;
    this.shared = shared;
  }

  public long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The department kind or school type (enum name), if the item has one. */
  public String getKind() {
    return kind;
  }

  /** Name of the enclosing area (of an area or a school), if any. */
  public String getWithin() {
    return within;
  }

  public String getOwner() {
    return owner;
  }

  public boolean isShared() {
    return shared;
  }
}
