-- OParl shows an account holding a committee seat as a person, by its display name, and a renamed
-- person must change its `modified` so that syncing clients fetch the new name. The account keeps
-- no modification time of its own, and one moving with every sign-in would publish when members
-- sign in: this one moves with the name only, set by the database like every OParl timestamp.
ALTER TABLE account ADD COLUMN name_changed_at DATETIME NULL;

DELIMITER //
CREATE TRIGGER account_name_changed BEFORE UPDATE ON account FOR EACH ROW
BEGIN
    IF NOT (NEW.display_name <=> OLD.display_name) THEN
        SET NEW.name_changed_at = CURRENT_TIMESTAMP;
    END IF;
END//
DELIMITER ;
