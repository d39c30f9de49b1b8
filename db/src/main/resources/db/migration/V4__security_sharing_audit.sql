-- Sign-in policy, sharing between organisations, the audit trail and rate-limit counters.

-- sessions_valid_after: "sign out everywhere" moves it to now; older sessions are rejected.
ALTER TABLE account
    ADD COLUMN sessions_valid_after DATETIME NULL,
    ADD COLUMN password_changed_at  DATETIME NULL;

-- Organisation A (owner) lets organisation B (grantee) read one scope of its data.
-- scope_ref narrows a scope to one object (e.g. one survey wave); NULL means the whole scope.
CREATE TABLE sharing_grant (
    id                      BIGINT      NOT NULL AUTO_INCREMENT,
    owner_organisation_id   BIGINT      NOT NULL,
    grantee_organisation_id BIGINT      NOT NULL,
    scope                   VARCHAR(30) NOT NULL,
    scope_ref               BIGINT      NULL,
    granted_by              VARCHAR(80) NOT NULL,
    granted_at              DATETIME    NOT NULL,
    revoked_by              VARCHAR(80) NULL,
    revoked_at              DATETIME    NULL,
    version                 INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_sharing_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_sharing_grantee FOREIGN KEY (grantee_organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_sharing_scope CHECK (scope IN ('PUBLISHED_PLANS', 'SURVEY_RESULTS', 'REFERENCE_DATA')),
    CONSTRAINT ck_sharing_not_self CHECK (owner_organisation_id <> grantee_organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sharing_grantee ON sharing_grant (grantee_organisation_id, scope, revoked_at);

-- Append-only, hash-chained audit trail. The chain covers details_hash, not details, so
-- personal data in details can be erased after its retention period without breaking it.
CREATE TABLE audit_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT       NULL,
    occurred_at       DATETIME(3)  NOT NULL,
    actor             VARCHAR(80)  NOT NULL,
    action            VARCHAR(60)  NOT NULL,
    entity_type       VARCHAR(60)  NOT NULL,
    entity_id         VARCHAR(64)  NULL,
    summary           VARCHAR(500) NOT NULL,
    details           TEXT         NULL,
    details_hash      CHAR(64)     NOT NULL,
    details_erased_at DATETIME     NULL,
    previous_hash     CHAR(64)     NOT NULL,
    hash              CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_hash UNIQUE (hash),
    CONSTRAINT fk_audit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_organisation_time ON audit_event (organisation_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor);

-- One row, locked by every append, so events chain in a single order across cluster nodes.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_hash)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');

DELIMITER //
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
END//

-- The only change allowed: erasing details (retention), everything else is frozen.
CREATE TRIGGER audit_event_erase_only BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.organisation_id <=> OLD.organisation_id
            AND NEW.occurred_at <=> OLD.occurred_at AND NEW.actor <=> OLD.actor
            AND NEW.action <=> OLD.action AND NEW.entity_type <=> OLD.entity_type
            AND NEW.entity_id <=> OLD.entity_id AND NEW.summary <=> OLD.summary
            AND NEW.details_hash <=> OLD.details_hash AND NEW.previous_hash <=> OLD.previous_hash
            AND NEW.hash <=> OLD.hash AND NEW.details IS NULL) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event may only have its details erased';
    END IF;
END//
DELIMITER ;

-- Fixed-window counters shared by all nodes (sign-in and access-code attempts).
CREATE TABLE rate_limit_counter (
    bucket       VARCHAR(190) NOT NULL,
    window_start DATETIME     NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket, window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_rate_limit_window ON rate_limit_counter (window_start);
