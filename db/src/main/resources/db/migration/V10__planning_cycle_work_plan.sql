-- The annual work plan: a cycle, its participating departments, the departments' contributions,
-- the consolidated versions with goals and measures, the decisions on them and the progress
-- reported on published measures. A version other than DRAFT is never changed again.

-- The hello cycle's states give way to the real cycle's. Its cycles had no plan: they end as
-- cancelled, closed ones stay closed.
ALTER TABLE planning_cycle DROP CONSTRAINT ck_planning_cycle_status;
UPDATE planning_cycle SET status = CASE status WHEN 'CLOSED' THEN 'CLOSED' ELSE 'CANCELLED' END;
ALTER TABLE planning_cycle
    DROP COLUMN confirmed_by,
    ADD COLUMN started_by         VARCHAR(80) NULL,
    ADD COLUMN contribution_due   DATE        NULL,
    ADD COLUMN follow_up_interval VARCHAR(20) NOT NULL DEFAULT 'P3M',
    ADD COLUMN previous_cycle_id  BIGINT      NULL,
    ADD CONSTRAINT fk_planning_cycle_previous FOREIGN KEY (previous_cycle_id) REFERENCES planning_cycle (id),
    ADD CONSTRAINT ck_planning_cycle_status CHECK (status IN ('RUNNING', 'PUBLISHED', 'CLOSED', 'CANCELLED'));

CREATE TABLE planning_cycle_department (
    cycle_id      BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, department_id),
    CONSTRAINT fk_cycle_department_cycle FOREIGN KEY (cycle_id) REFERENCES planning_cycle (id),
    CONSTRAINT fk_cycle_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contribution (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id      BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    note          TEXT        NULL,
    status        VARCHAR(20) NOT NULL DEFAULT 'OPEN',
    submitted_by  VARCHAR(80) NULL,
    submitted_at  DATETIME    NULL,
    version       INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_contribution_department UNIQUE (cycle_id, department_id),
    CONSTRAINT fk_contribution_cycle FOREIGN KEY (cycle_id) REFERENCES planning_cycle (id),
    CONSTRAINT fk_contribution_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_contribution_status CHECK (status IN ('OPEN', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_plan_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id     BIGINT      NOT NULL,
    number       INT         NOT NULL,
    status       VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    note         TEXT        NULL,
    created_by   VARCHAR(80) NOT NULL,
    created_at   DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    submitted_at DATETIME    NULL,
    version      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_work_plan_version_number UNIQUE (cycle_id, number),
    CONSTRAINT fk_work_plan_version_cycle FOREIGN KEY (cycle_id) REFERENCES planning_cycle (id),
    CONSTRAINT ck_work_plan_version_status
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A goal belongs either to a version of the plan or, as a proposal, to a contribution. Its
-- lineage is shared by the copies of one goal across versions, so versions can be compared.
CREATE TABLE goal (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version_id      BIGINT       NULL,
    contribution_id BIGINT       NULL,
    lineage         CHAR(36)     NOT NULL,
    position        INT          NOT NULL DEFAULT 0,
    focus_area      VARCHAR(200) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    description     TEXT         NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_goal_version FOREIGN KEY (version_id) REFERENCES work_plan_version (id),
    CONSTRAINT fk_goal_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT ck_goal_owner CHECK ((version_id IS NULL) <> (contribution_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_goal_lineage ON goal (lineage);

-- status is the status planned in this version; progress reports carry the status reached.
-- carried_over_from names the measure of an earlier cycle's published plan it continues.
-- proposal_decision and proposal_reason record the consolidation of a proposed measure.
CREATE TABLE measure (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    goal_id             BIGINT         NOT NULL,
    lineage             CHAR(36)       NOT NULL,
    position            INT            NOT NULL DEFAULT 0,
    title               VARCHAR(300)   NOT NULL,
    description         TEXT           NULL,
    owner_department_id BIGINT         NOT NULL,
    budget_eur          DECIMAL(14, 2) NOT NULL DEFAULT 0,
    start_date          DATE           NULL,
    due_date            DATE           NULL,
    indicator           VARCHAR(300)   NULL,
    indicator_unit      VARCHAR(40)    NULL,
    indicator_baseline  DECIMAL(14, 2) NULL,
    indicator_target    DECIMAL(14, 2) NULL,
    status              VARCHAR(20)    NOT NULL DEFAULT 'PLANNED',
    carried_over_from   BIGINT         NULL,
    proposal_decision   VARCHAR(20)    NULL,
    proposal_reason     TEXT           NULL,
    version             INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_measure_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT fk_measure_department FOREIGN KEY (owner_department_id) REFERENCES department (id),
    CONSTRAINT fk_measure_carried_over FOREIGN KEY (carried_over_from) REFERENCES measure (id),
    CONSTRAINT ck_measure_budget CHECK (budget_eur >= 0),
    CONSTRAINT ck_measure_period CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date),
    CONSTRAINT ck_measure_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    CONSTRAINT ck_measure_proposal_decision
        CHECK (proposal_decision IS NULL OR proposal_decision IN ('ACCEPTED', 'EDITED', 'MERGED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_measure_lineage ON measure (lineage);

CREATE TABLE measure_area (
    measure_id BIGINT NOT NULL,
    area_id    BIGINT NOT NULL,
    PRIMARY KEY (measure_id, area_id),
    CONSTRAINT fk_measure_area_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT fk_measure_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE measure_school (
    measure_id BIGINT NOT NULL,
    school_id  BIGINT NOT NULL,
    PRIMARY KEY (measure_id, school_id),
    CONSTRAINT fk_measure_school_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT fk_measure_school_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who decided what on a version, and why: submissions, the head's sign-off or return, each
-- committee's decision, the publication. The audit log holds the same, hash-chained.
CREATE TABLE work_plan_decision (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    version_id BIGINT      NOT NULL,
    step       VARCHAR(20) NOT NULL,
    committee  VARCHAR(40) NULL,
    outcome    VARCHAR(20) NOT NULL,
    reasons    TEXT        NULL,
    decided_by VARCHAR(80) NOT NULL,
    decided_at DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_work_plan_decision_version FOREIGN KEY (version_id) REFERENCES work_plan_version (id),
    CONSTRAINT ck_work_plan_decision_step CHECK (step IN ('SUBMITTED', 'HEAD_SIGN_OFF', 'COMMITTEE', 'PUBLISHED')),
    CONSTRAINT ck_work_plan_decision_outcome
        CHECK (outcome IN ('SUBMITTED', 'APPROVED', 'RETURNED', 'AMENDED', 'REJECTED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    measure_id   BIGINT      NOT NULL,
    reported_on  DATE        NOT NULL,
    status       VARCHAR(20) NOT NULL,
    percent_done INT         NOT NULL,
    report_text  TEXT        NULL,
    author       VARCHAR(80) NOT NULL,
    created_at   DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT ck_progress_report_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    CONSTRAINT ck_progress_report_percent CHECK (percent_done BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_progress_report_measure ON progress_report (measure_id, reported_on);
