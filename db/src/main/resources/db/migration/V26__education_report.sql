-- The education report (Bildungsbericht) of a planning cycle: requested by a planner, generated as
-- a PDF by an asynchronous step of education-report.bpmn, kept in the database (not on a node's
-- disk, so every node of a cluster serves it). A failed generation is a Camunda incident on the
-- report's process instance; the row stays REQUESTED until a retry succeeds.
CREATE TABLE education_report (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    cycle_id            BIGINT      NOT NULL,
    organisation_id     BIGINT      NOT NULL,
    state               VARCHAR(10) NOT NULL DEFAULT 'REQUESTED',
    requested_by        VARCHAR(80) NOT NULL,
    requested_at        DATETIME    NOT NULL,
    finished_at         DATETIME    NULL,
    process_instance_id VARCHAR(64) NULL,
    pdf                 LONGBLOB    NULL,
    pdf_size            INT         NULL,
    version             INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_education_report_cycle FOREIGN KEY (cycle_id) REFERENCES planning_cycle (id),
    CONSTRAINT fk_education_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_education_report_state CHECK (state IN ('REQUESTED', 'READY')),
    CONSTRAINT ck_education_report_ready CHECK (state <> 'READY' OR (pdf IS NOT NULL AND finished_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_education_report_cycle ON education_report (cycle_id, requested_at);
