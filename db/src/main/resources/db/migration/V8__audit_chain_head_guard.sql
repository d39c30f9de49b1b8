-- The head of the audit chain (the hash of the last event appended) is what a check compares the
-- chain's end with, to notice events removed from the end. Like the log itself it must not be set
-- back: it may only advance by one link, to an event that chains to the current head, and it can be
-- neither deleted nor doubled.

DELIMITER //
CREATE TRIGGER audit_chain_head_advance_only BEFORE UPDATE ON audit_chain_head FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND EXISTS (SELECT 1 FROM audit_event e
                                          WHERE e.hash = NEW.last_hash
                                            AND e.previous_hash = OLD.last_hash)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head may only advance along the chain';
    END IF;
END//

CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head cannot be deleted';
END//

CREATE TRIGGER audit_chain_head_no_insert BEFORE INSERT ON audit_chain_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head has exactly one row';
END//
DELIMITER ;
