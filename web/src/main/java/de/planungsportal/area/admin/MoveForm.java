package de.planungsportal.area.admin;

import de.planungsportal.area.School;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** A school's move to another area (or out of any) from a day. */
public class MoveForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long schoolId;
  private String schoolName;
  private Long areaId;

  @NotNull private LocalDate validFrom;

  public static MoveForm of(School school) {
    MoveForm form = new MoveForm();
    form.schoolId = school.getId();
    form.schoolName = school.getName();
    form.areaId = school.getArea() == null ? null : school.getArea().getId();
    form.validFrom = LocalDate.now();
    return form;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(long schoolId) {
    this.schoolId = schoolId;
  }

  public String getSchoolName() {
    return schoolName;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }
}
