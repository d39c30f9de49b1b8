-- Committee approval: who sits on a committee and when, its meetings and agendas, the papers
-- (Beschlussvorlagen) put to it, the votes cast and the decisions taken, and the members'
-- private notes. Decisions must be traceable years later: committees are never deleted (an ended
-- committee keeps its history), decisions and votes are only ever added, and every table OParl
-- serves keeps created_at / modified_at itself, as committee does since V6.

-- kind is what the approval-route table names (SCHULTRAEGER, JUGENDHILFE, KREISAUSSCHUSS, ...);
-- ended_on marks a committee that no longer sits (OParl: deleted, endDate).
ALTER TABLE committee
    ADD COLUMN kind     VARCHAR(40) NULL,
    ADD COLUMN ended_on DATE        NULL;
UPDATE committee SET kind = UPPER(code)
WHERE code IN ('schultraeger', 'jugendhilfe', 'kreisausschuss', 'kreistag');

-- A seat on a committee for a time. Only CHAIR, DEPUTY_CHAIR and MEMBER vote; ADVISORY members
-- take part without a vote; SECRETARIAT prepares papers and records outcomes.
CREATE TABLE committee_membership (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    committee_id BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    valid_from   DATE        NOT NULL,
    valid_to     DATE        NULL,
    created_at   DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at  DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_membership_role
        CHECK (role IN ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'ADVISORY', 'SECRETARIAT')),
    CONSTRAINT ck_membership_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    committee_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    starts_at    DATETIME     NOT NULL,
    place        VARCHAR(200) NULL,
    state        VARCHAR(20)  NOT NULL DEFAULT 'PLANNED',
    created_at   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT ck_meeting_state CHECK (state IN ('PLANNED', 'HELD', 'MINUTES_SIGNED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A Beschlussvorlage: it proposes one version of a work plan to one committee. Papers of a
-- non-public agenda item, and papers not marked public, never leave the portal (OParl).
CREATE TABLE paper (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id     BIGINT       NOT NULL,
    committee_id        BIGINT       NOT NULL,
    reference           VARCHAR(40)  NOT NULL,
    title               VARCHAR(300) NOT NULL,
    version_id          BIGINT       NULL,
    resolution          TEXT         NOT NULL,
    procedure_kind      VARCHAR(20)  NULL,
    state               VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    is_public           BOOLEAN      NOT NULL DEFAULT TRUE,
    process_instance_id VARCHAR(64)  NULL,
    created_by          VARCHAR(80)  NOT NULL,
    created_at          DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at         DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_paper_reference UNIQUE (organisation_id, reference),
    CONSTRAINT fk_paper_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_paper_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_paper_version FOREIGN KEY (version_id) REFERENCES work_plan_version (id),
    CONSTRAINT ck_paper_procedure CHECK (procedure_kind IS NULL OR procedure_kind IN ('MEETING', 'CIRCULATION')),
    CONSTRAINT ck_paper_state
        CHECK (state IN ('DRAFT', 'ON_AGENDA', 'IN_CIRCULATION', 'DECIDED', 'SIGNED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paper_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    paper_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     LONGBLOB     NOT NULL,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_paper_file_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT       NOT NULL,
    paper_id    BIGINT       NULL,
    number      VARCHAR(20)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    is_public   BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_item_position UNIQUE (meeting_id, position),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One vote round on a paper (a deferral starts another). Provisional until the chair signs:
-- signed_by / signed_at. Counts are what the vote recorded, not recomputed later.
CREATE TABLE committee_decision (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    paper_id        BIGINT      NOT NULL,
    round           INT         NOT NULL,
    meeting_id      BIGINT      NULL,
    procedure_kind  VARCHAR(20) NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    yes_votes       INT         NOT NULL,
    no_votes        INT         NOT NULL,
    abstentions     INT         NOT NULL,
    voting_members  INT         NOT NULL,
    members_present INT         NOT NULL,
    quorum_reached  BOOLEAN     NOT NULL,
    amendment       TEXT        NULL,
    reasons         TEXT        NULL,
    recorded_by     VARCHAR(80) NOT NULL,
    recorded_at     DATETIME    NOT NULL,
    signed_by       VARCHAR(80) NULL,
    signed_at       DATETIME    NULL,
    created_at      DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at     DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_committee_decision_round UNIQUE (paper_id, round),
    CONSTRAINT fk_committee_decision_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
    CONSTRAINT fk_committee_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_committee_decision_procedure CHECK (procedure_kind IN ('MEETING', 'CIRCULATION')),
    CONSTRAINT ck_committee_decision_outcome
        CHECK (outcome IN ('APPROVED', 'AMENDED', 'REJECTED', 'DEFERRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's vote in a written circulation; one per member and round, never changed.
CREATE TABLE committee_vote (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    paper_id   BIGINT      NOT NULL,
    round      INT         NOT NULL,
    account_id BIGINT      NOT NULL,
    choice     VARCHAR(10) NOT NULL,
    comment    TEXT        NULL,
    cast_at    DATETIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_committee_vote UNIQUE (paper_id, round, account_id),
    CONSTRAINT fk_committee_vote_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
    CONSTRAINT fk_committee_vote_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_committee_vote_choice CHECK (choice IN ('YES', 'NO', 'ABSTAIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's private note on a paper or on one measure of the plan it proposes: read and
-- written by that member only, removed with the member's account data.
CREATE TABLE member_note (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    account_id  BIGINT   NOT NULL,
    paper_id    BIGINT   NOT NULL,
    measure_id  BIGINT   NULL,
    text        TEXT     NOT NULL,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version     INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_note UNIQUE (account_id, paper_id, measure_id),
    CONSTRAINT fk_member_note_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_note_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
    CONSTRAINT fk_member_note_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
