-- OParl 1.1 ("Gelöschte Objekte"): an object the API has served must not just vanish, or clients
-- syncing with modified_since never learn of it. A deleted one stays at its URL with
-- `deleted: true`, its id, type and created, and `modified` set to the time of deletion; deleting
-- an embedded object changes the object it was embedded in.
-- Triggers rather than service code, so that every way a row goes (a service, an admin's SQL, a
-- later feature) leaves its tombstone. Times are the database's own, as for every OParl timestamp.
-- Named V17 so as not to clash with migrations written in parallel. Bodies get none: only an
-- organisation nothing refers to can be deleted, and the official Body schema requires a name and
-- lists a tombstone must not have.

CREATE TABLE oparl_tombstone (
    kind        VARCHAR(20) NOT NULL,
    object_id   BIGINT      NOT NULL,
    body_id     BIGINT      NOT NULL,
    parent_id   BIGINT      NOT NULL,
    sort_key    BIGINT      NOT NULL,
    created_at  DATETIME    NOT NULL,
    deleted_at  DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (kind, object_id),
    KEY oparl_tombstone_body (body_id, kind, deleted_at)
) ENGINE = InnoDB;

DELIMITER //
-- Public items only: a non-public one was never served. Its order is the one it last had among the
-- meeting's public items; the meeting and the paper it dealt with change with it.
CREATE TRIGGER oparl_agenda_item_deleted AFTER DELETE ON agenda_item FOR EACH ROW
BEGIN
    IF OLD.is_public THEN
        INSERT INTO oparl_tombstone (kind, object_id, body_id, parent_id, sort_key, created_at)
        SELECT 'AGENDA_ITEM', OLD.id, c.organisation_id, OLD.meeting_id,
               (SELECT COUNT(*) FROM agenda_item o
                 WHERE o.meeting_id = OLD.meeting_id AND o.is_public AND o.position < OLD.position),
               OLD.created_at
          FROM meeting g JOIN committee c ON c.id = g.committee_id
         WHERE g.id = OLD.meeting_id
        ON DUPLICATE KEY UPDATE deleted_at = CURRENT_TIMESTAMP;
    END IF;
    UPDATE meeting SET modified_at = CURRENT_TIMESTAMP WHERE id = OLD.meeting_id;
    UPDATE paper SET modified_at = CURRENT_TIMESTAMP WHERE id = OLD.paper_id;
END//

-- A file of a public paper (the same test as OparlRepository's); the paper changes with it.
CREATE TRIGGER oparl_paper_file_deleted AFTER DELETE ON paper_file FOR EACH ROW
BEGIN
    INSERT INTO oparl_tombstone (kind, object_id, body_id, parent_id, sort_key, created_at)
    SELECT 'FILE', OLD.id, p.organisation_id, p.id, OLD.id, OLD.created_at
      FROM paper p
     WHERE p.id = OLD.paper_id AND p.is_public AND p.procedure_kind IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.paper_id = p.id AND NOT x.is_public)
    ON DUPLICATE KEY UPDATE deleted_at = CURRENT_TIMESTAMP;
    UPDATE paper SET modified_at = CURRENT_TIMESTAMP WHERE id = OLD.paper_id;
END//

DELIMITER ;
