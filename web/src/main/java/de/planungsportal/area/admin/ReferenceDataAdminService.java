package de.planungsportal.area.admin;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaVersions;
import de.planungsportal.area.Department;
import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.area.School;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.ImportRefusedException;
import de.planungsportal.common.ImportRefusedException.Problem;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.RowUsages;
import de.planungsportal.common.TextUpload;
import de.planungsportal.common.Upload;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An admin maintains the departments, areas and schools of their own organisation. Every change is
 * audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReferenceDataAdminService {

  /** The column of an import file that fills each property of a school's form. */
  private static final Map<String, String> SCHOOL_COLUMNS =
      Map.of(
          "code", SchoolCsv.CODE,
          "name", SchoolCsv.NAME,
          "schoolType", SchoolCsv.TYPE,
          "areaId", SchoolCsv.AREA);

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Validator validator;
  @Inject private RowUsages usages;
  @Inject private AreaVersions versions;

  @Transactional(Transactional.TxType.SUPPORTS)
  public <T extends ReferenceEntity> List<T> list(Actor admin, Class<T> type) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select r from "
                + type.getSimpleName()
                + " r where r.organisation.id = :org"
                + (type == Area.class ? " and r.validTo is null" : "")
                + " order by r.name",
            type)
        .setParameter("org", admin.organisationId())
        .getResultList();
  }

  public Department save(Actor admin, @NotNull @Valid DepartmentForm form) {
    return save(
        admin,
        Department.class,
        form,
        () -> new Department(own(admin), form.getCode(), form.getName(), form.getKind()),
        d -> d.setKind(form.getKind()));
  }

  public Area save(Actor admin, @NotNull @Valid AreaForm form) {
    Area parent = form.getParentId() == null ? null : owned(admin, Area.class, form.getParentId());
    Area edited = form.isNew() ? null : owned(admin, Area.class, form.getId());
    if (edited != null && !edited.isLatest()) {
      throw new InvalidInputException("admin.concurrentChange");
    }
    if (parent != null && !parent.isLatest()) {
      throw new InvalidInputException("admin.area.cycle");
    }
    if (parent != null && edited != null && isSelfOrBelow(admin, parent, edited.getCode())) {
      throw new InvalidInputException("admin.area.cycle");
    }
    if (edited != null
        && !edited.getCode().equals(form.getCode())
        && versions.history(admin.organisationId(), edited.getCode()).size() > 1) {
      // the code ties the versions together
      throw new InvalidInputException("area.codeFixed");
    }
    return save(
        admin,
        Area.class,
        form,
        () -> new Area(own(admin), form.getCode(), form.getName(), parent),
        a -> a.setParent(parent));
  }

  /**
   * Creates a school, in its area since the area version's start, or changes its name and type; a
   * school changes its area only by a move from a day (see {@link AreaVersionAdminService}).
   */
  public School save(Actor admin, @NotNull @Valid SchoolForm form) {
    return save(admin, form, null);
  }

  /** As {@link #save(Actor, SchoolForm)}; a new school is in its area from the day, if given. */
  private School save(Actor admin, SchoolForm form, LocalDate areaFrom) {
    Area area =
        form.getAreaId() == null || !form.isNew()
            ? null
            : owned(admin, Area.class, form.getAreaId());
    if (area != null && (!area.isLatest() || areaFrom != null && !area.isValidOn(areaFrom))) {
      throw new InvalidInputException(
          "school.move.areaNotValid", area.getName(), java.sql.Date.valueOf(area.getValidFrom()));
    }
    return save(
        admin,
        School.class,
        form,
        () -> {
          School school =
              new School(own(admin), form.getCode(), form.getName(), form.getSchoolType());
          if (area != null) {
            school.moveTo(area, areaFrom == null ? area.getValidFrom() : areaFrom);
          }
          return school;
        },
        s -> s.setSchoolType(form.getSchoolType()));
  }

  /**
   * Creates the schools of a CSV list (see {@link SchoolCsv}) exactly as if an admin entered each
   * in the dialog: same checks, same audit event per school, all in this one transaction. A file
   * that is not a CSV text file is refused with the reason; a list with problems is refused as a
   * whole with every problem by line. Existing schools are never overwritten.
   *
   * @return the number of schools created
   * @throws ImportRefusedException naming the problems of the list's lines
   * @throws InvalidInputException when the file is not a CSV text file or not a school list
   */
  public int importSchools(Actor admin, @NotNull Upload upload, LocalDate areasFrom) {
    admin.require(Role.ADMIN);
    if (areasFrom == null) {
      throw new InvalidInputException("area.validFrom.required");
    }
    List<SchoolCsv.Row> rows = SchoolCsv.rows(TextUpload.csvText(upload));
    Map<String, Area> areas = new HashMap<>();
    list(admin, Area.class).forEach(a -> areas.put(a.getCode(), a));
    Set<String> existing =
        new HashSet<>(
            em.createQuery(
                    "select s.code from School s where s.organisation.id = :org", String.class)
                .setParameter("org", admin.organisationId())
                .getResultList());
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    List<SchoolForm> forms = new ArrayList<>();
    for (SchoolCsv.Row row : rows) {
      Set<String> refused = new HashSet<>();
      SchoolForm form = schoolForm(row, areas, areasFrom, problems, refused);
      String code = form.getCode();
      if (code != null && !refused.contains(SchoolCsv.CODE)) {
        Integer first = lineOfCode.putIfAbsent(code, row.line());
        if (first != null) {
          problems.add(
              Problem.of(row.line(), SchoolCsv.CODE, "import.duplicateInFile", code, first));
        } else if (existing.contains(code)) {
          problems.add(Problem.of(row.line(), SchoolCsv.CODE, "import.exists", code));
        }
      }
      forms.add(form);
    }
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparingInt(Problem::line)
              .thenComparingInt(p -> SchoolCsv.COLUMNS.indexOf(p.column())));
      throw new ImportRefusedException(problems);
    }
    for (SchoolForm form : forms) {
      save(admin, form, areasFrom);
    }
    return forms.size();
  }

  /**
   * The form a line of a school list fills, checked as the dialog's form is; problems are added,
   * with the columns they concern.
   */
  private SchoolForm schoolForm(
      SchoolCsv.Row row,
      Map<String, Area> areas,
      LocalDate areasFrom,
      List<Problem> problems,
      Set<String> refused) {
    int line = row.line();
    Map<String, String> values =
        Map.of(
            SchoolCsv.CODE, row.code(),
            SchoolCsv.NAME, row.name(),
            SchoolCsv.TYPE, row.schoolType(),
            SchoolCsv.AREA, row.area());
    for (String column : SchoolCsv.COLUMNS) {
      String value = values.get(column);
      if (SchoolCsv.isFormula(value)) {
        problems.add(Problem.of(line, column, "import.formula"));
        refused.add(column);
      } else if (value.isBlank() && !column.equals(SchoolCsv.AREA)) {
        problems.add(Problem.of(line, column, "import.missing"));
        refused.add(column);
      }
    }
    SchoolForm form = new SchoolForm();
    form.setCode(row.code());
    form.setName(row.name());
    if (!refused.contains(SchoolCsv.TYPE)) {
      SchoolCsv.schoolType(row.schoolType())
          .ifPresentOrElse(
              form::setSchoolType,
              () -> {
                problems.add(
                    Problem.of(
                        line, SchoolCsv.TYPE, "import.unknownType", row.schoolType().strip()));
                refused.add(SchoolCsv.TYPE);
              });
    }
    if (!refused.contains(SchoolCsv.AREA) && !row.area().isBlank()) {
      Area area = areas.get(row.area().strip());
      if (area == null) {
        problems.add(Problem.of(line, SchoolCsv.AREA, "import.unknownArea", row.area().strip()));
        refused.add(SchoolCsv.AREA);
      } else if (!area.isValidOn(areasFrom)) {
        problems.add(
            Problem.of(
                line,
                SchoolCsv.AREA,
                "import.areaNotYetValid",
                area.getCode(),
                java.sql.Date.valueOf(area.getValidFrom())));
        refused.add(SchoolCsv.AREA);
      } else {
        form.setAreaId(area.getId());
      }
    }
    for (ConstraintViolation<SchoolForm> violation : validator.validate(form)) {
      String column = SCHOOL_COLUMNS.get(violation.getPropertyPath().toString());
      if (refused.add(column)) {
        problems.add(Problem.of(line, column, violation));
      }
    }
    return form;
  }

  /** Deletes a row that nothing uses; an area goes with all its versions. */
  public void delete(Actor admin, Class<? extends ReferenceEntity> type, long id) {
    admin.require(Role.ADMIN);
    ReferenceEntity entity = owned(admin, type, id);
    List<? extends ReferenceEntity> rows =
        entity instanceof Area area
            ? versions.history(admin.organisationId(), area.getCode())
            : List.of(entity);
    usages.requireUnused(
        type, rows.stream().map(ReferenceEntity::getId).toList(), entity.getName());
    rows.forEach(em::remove);
    usages.flushDeletion(entity.getName());
    audit.record(
        admin.username(),
        admin.organisationId(),
        "DELETED",
        type.getSimpleName(),
        id,
        type.getSimpleName() + " '" + entity.getCode() + "' gelöscht",
        null);
  }

  private <T extends ReferenceEntity> T save(
      Actor admin, Class<T> type, ReferenceForm form, Supplier<T> create, Consumer<T> apply) {
    admin.require(Role.ADMIN);
    boolean codeTaken =
        !em.createQuery(
                "select r.id from "
                    + type.getSimpleName()
                    + " r where r.organisation.id = :org"
                    + " and r.code = :code and (:id is null or r.id <> :id)"
                    // an area's earlier versions share its code
                    + (type == Area.class ? " and r.validTo is null" : ""),
                Long.class)
            .setParameter("org", admin.organisationId())
            .setParameter("code", form.getCode())
            .setParameter("id", form.getId())
            .getResultList()
            .isEmpty();
    if (codeTaken) {
      throw new InvalidInputException("admin.codeTaken", form.getCode());
    }
    T entity;
    String action;
    if (form.isNew()) {
      entity = create.get();
      em.persist(entity);
      action = "CREATED";
    } else {
      entity = owned(admin, type, form.getId());
      if (entity.getVersion() != form.getVersion()) {
        throw new InvalidInputException("admin.concurrentChange");
      }
      entity.setCode(form.getCode());
      entity.setName(form.getName());
      apply.accept(entity);
      action = "UPDATED";
    }
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        action,
        type.getSimpleName(),
        entity.getId(),
        type.getSimpleName() + " '" + entity.getCode() + "' " + entity.getName(),
        null);
    return entity;
  }

  /** Loads a row of the admin's own organisation; anything else is treated as not found. */
  private <T extends ReferenceEntity> T owned(Actor admin, Class<T> type, long id) {
    return TenantScope.findOwn(em, type, id, admin)
        .orElseThrow(
            () ->
                new AccessDeniedException(type.getSimpleName() + " " + id + " is not the admin's"));
  }

  private Organisation own(Actor admin) {
    return em.getReference(Organisation.class, admin.organisationId());
  }

  /**
   * Whether the area of the code is the candidate or encloses it, following each parent to its
   * latest version (a child keeps the parent version it was drawn with).
   */
  private boolean isSelfOrBelow(Actor admin, Area candidate, String code) {
    Set<String> seen = new HashSet<>();
    for (Area a = candidate; a != null && seen.add(a.getCode()); ) {
      if (a.getCode().equals(code)) {
        return true;
      }
      a =
          a.getParent() == null
              ? null
              : versions.latest(admin.organisationId(), a.getParent().getCode());
    }
    return false;
  }
}
