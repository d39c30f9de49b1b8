package de.planungsportal.area.admin;

import de.planungsportal.area.School;
import de.planungsportal.area.SchoolType;
import jakarta.validation.constraints.NotNull;

public class SchoolForm extends ReferenceForm {

  private static final long serialVersionUID = 1L;

  @NotNull private SchoolType schoolType;

  private Long areaId;

  public static SchoolForm of(School school) {
    SchoolForm form = new SchoolForm();
    form.fill(school);
    form.schoolType = school.getSchoolType();
    form.areaId = school.getArea() == null ? null : school.getArea().getId();
    return form;
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }
}
