package de.planungsportal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What still refers to a row, found from the database's own foreign keys rather than a list kept by
 * hand: a table added later is counted without anyone remembering to. References that the database
 * removes or clears with the row ({@code ON DELETE CASCADE / SET NULL}) do not count. InnoDB
 * indexes every foreign-key column, so each count is an index lookup.
 */
@ApplicationScoped
public class RowUsages {

  @PersistenceContext private EntityManager em;

  /**
   * Refuses the deletion of a row that other rows still refer to, naming them.
   *
   * @param name how the admin knows the row
   * @throws InvalidInputException {@code admin.inUseBy} with the name and the using rows per table
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requireUnused(Class<?> entityType, long id, String name) {
    requireUnused(entityType, List.of(id), name);
  }

  /** As {@link #requireUnused(Class, long, String)} for rows deleted together, counted together. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requireUnused(Class<?> entityType, List<Long> ids, String name) {
    Map<String, Long> usages = new LinkedHashMap<>();
    for (long id : ids) {
      of(tableOf(entityType), id).forEach((table, n) -> usages.merge(table, n, Long::sum));
    }
    if (!usages.isEmpty()) {
      throw inUse(name, usages);
    }
  }

  /**
   * Flushes a deletion; a reference that appeared since {@link #requireUnused} (another session's
   * insert) is refused like one found before, instead of failing the request.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void flushDeletion(String name) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isForeignKeyViolation(e)) {
        throw new InvalidInputException("admin.inUse", name);
      }
      throw e;
    }
  }

  /** Rows per referring table (in the order of the key names) that refer to the row. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Long> of(String table, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> keys =
        em.createNativeQuery(
                "SELECT k.TABLE_NAME, k.COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE k"
                    + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                    + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                    + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                    + " AND r.TABLE_NAME = k.TABLE_NAME"
                    + " WHERE k.REFERENCED_TABLE_SCHEMA = DATABASE() AND k.TABLE_SCHEMA = DATABASE()"
                    + " AND k.REFERENCED_TABLE_NAME = ?1 AND k.REFERENCED_COLUMN_NAME = 'id'"
                    + " AND r.DELETE_RULE NOT IN ('CASCADE', 'SET NULL')"
                    + " ORDER BY k.CONSTRAINT_NAME")
            .setParameter(1, table)
            .getResultList();
    Map<String, Long> usages = new LinkedHashMap<>();
    for (Object[] key : keys) {
      String referring = (String) key[0];
      // names come from the catalogue, not from a user; quoted all the same
      Number count =
          (Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM "
                          + quoted(referring)
                          + " WHERE "
                          + quoted((String) key[1])
                          + " = ?1")
                  .setParameter(1, id)
                  .getSingleResult();
      if (count.longValue() > 0) {
        usages.merge(referring, count.longValue(), Long::sum);
      }
    }
    return usages;
  }

  static InvalidInputException inUse(String name, Map<String, Long> usages) {
    List<Translatable> parts =
        usages.entrySet().stream()
            .map(
                u ->
                    new Translatable(
                        "usage." + u.getKey(), "usage.other", List.of(u.getValue(), u.getKey())))
            .toList();
    return new InvalidInputException("admin.inUseBy", name, parts);
  }

  static String tableOf(Class<?> entityType) {
    Table table = entityType.getAnnotation(Table.class);
    if (table == null || table.name().isEmpty()) {
      throw new IllegalArgumentException(entityType + " names no table");
    }
    return table.name();
  }

  private static String quoted(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static boolean isForeignKeyViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // MariaDB 1451: cannot delete or update a parent row
      if (t instanceof SQLException sql && sql.getErrorCode() == 1451) {
        return true;
      }
    }
    return false;
  }
}
