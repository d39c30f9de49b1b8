-- A yearly planning cycle of one organisation, run by a Camunda process instance.
CREATE TABLE planning_cycle (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id     BIGINT       NOT NULL,
    plan_year           INT          NOT NULL,
    title               VARCHAR(200) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64)  NULL,
    confirmed_by        VARCHAR(80)  NULL,
    created_at          DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_planning_cycle_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_planning_cycle_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    CONSTRAINT ck_planning_cycle_year CHECK (plan_year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_planning_cycle_organisation_year ON planning_cycle (organisation_id, plan_year);
