package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;

/** Reference data owned by one organisation and identified there by a short code. */
@MappedSuperclass
public abstract class ReferenceEntity implements Serializable, Owned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Version private int version;

  protected ReferenceEntity() {}

  protected ReferenceEntity(Organisation organisation, String code, String name) {
    this.organisation = organisation;
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  @Override
  public Organisation owner() {
    return organisation;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getVersion() {
    return version;
  }
}
