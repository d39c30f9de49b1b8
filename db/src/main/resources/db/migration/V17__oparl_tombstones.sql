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
-- A paper hidden from the public goes from OParl with its files (its consultation is a part of it).
CREATE PROCEDURE oparl_paper_hidden(IN hidden_paper BIGINT, IN paper_body BIGINT,
                                    IN paper_committee BIGINT, IN paper_created DATETIME)
BEGIN
    INSERT INTO oparl_tombstone (kind, object_id, body_id, parent_id, sort_key, created_at)
    VALUES ('PAPER', hidden_paper, paper_body, paper_committee, hidden_paper, paper_created)
    ON DUPLICATE KEY UPDATE deleted_at = CURRENT_TIMESTAMP;
    INSERT INTO oparl_tombstone (kind, object_id, body_id, parent_id, sort_key, created_at)
    SELECT 'FILE', f.id, paper_body, hidden_paper, f.id, f.created_at FROM paper_file f
     WHERE f.paper_id = hidden_paper
    ON DUPLICATE KEY UPDATE deleted_at = CURRENT_TIMESTAMP;
END//

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
    -- the last non-public item of a public paper gone: its files are shown again
    IF NOT OLD.is_public AND NOT EXISTS (SELECT 1 FROM agenda_item x
                                          WHERE x.paper_id = OLD.paper_id AND NOT x.is_public) THEN
        UPDATE paper_file SET modified_at = CURRENT_TIMESTAMP WHERE paper_id = OLD.paper_id;
    END IF;
END//

-- A public paper (as OparlRepository defines it) put on a non-public agenda item is hidden.
CREATE TRIGGER oparl_agenda_item_hides_paper AFTER INSERT ON agenda_item FOR EACH ROW
BEGIN
    DECLARE paper_body BIGINT DEFAULT NULL;
    DECLARE paper_committee BIGINT;
    DECLARE paper_created DATETIME;
    IF NOT NEW.is_public AND NEW.paper_id IS NOT NULL THEN
        -- aggregates, so that a paper not shown gives one row of NULLs rather than none
        SELECT MAX(p.organisation_id), MAX(p.committee_id), MAX(p.created_at)
          INTO paper_body, paper_committee, paper_created
          FROM paper p
         WHERE p.id = NEW.paper_id AND p.is_public AND p.procedure_kind IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM agenda_item x
                            WHERE x.paper_id = p.id AND NOT x.is_public AND x.id <> NEW.id);
        IF paper_body IS NOT NULL THEN
            CALL oparl_paper_hidden(NEW.paper_id, paper_body, paper_committee, paper_created);
        END IF;
    END IF;
END//

-- A public paper that stops being public, or becomes public (again), which shows its files anew.
CREATE TRIGGER oparl_paper_visibility AFTER UPDATE ON paper FOR EACH ROW
BEGIN
    DECLARE was_visible BOOLEAN;
    DECLARE is_visible BOOLEAN;
    SET was_visible = OLD.is_public AND OLD.procedure_kind IS NOT NULL;
    SET is_visible = NEW.is_public AND NEW.procedure_kind IS NOT NULL;
    IF was_visible <> is_visible AND NOT EXISTS (SELECT 1 FROM agenda_item x
                                                  WHERE x.paper_id = OLD.id AND NOT x.is_public) THEN
        IF was_visible THEN
            CALL oparl_paper_hidden(OLD.id, OLD.organisation_id, OLD.committee_id, OLD.created_at);
        ELSE
            UPDATE paper_file SET modified_at = CURRENT_TIMESTAMP WHERE paper_id = NEW.id;
        END IF;
    END IF;
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
