-- Data requests to institutions (schools; the model has no day-care centres yet): a planner asks
-- for figures in a form with units and plausibility rules, the schools' contacts answer it before
-- a due date (data-request.bpmn reminds and escalates), the planner accepts or returns each
-- answer. Accepted figures of fields that name an indicator become indicator_value rows (V22).

-- state: DRAFT while the planner edits it, SENT once data-request runs (process_instance_id),
-- CLOSED when every recipient's answer is accepted. reference_day (Stichtag) lies in
-- reference_year; the schools' area versions valid on that day carry the figures.
CREATE TABLE data_request (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id     BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    reference_year      INT          NOT NULL,
    reference_day       DATE         NOT NULL,
    due_on              DATE         NOT NULL,
    reminder_days       INT          NOT NULL DEFAULT 3,
    state               VARCHAR(8)   NOT NULL DEFAULT 'DRAFT',
    process_instance_id VARCHAR(64)  NULL,
    created_by          VARCHAR(80)  NOT NULL,
    created_on          DATE         NOT NULL,
    sent_on             DATE         NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_data_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_data_request_state CHECK (state IN ('DRAFT', 'SENT', 'CLOSED')),
    CONSTRAINT ck_data_request_year CHECK (reference_year BETWEEN 1990 AND 2100
        AND YEAR(reference_day) = reference_year),
    CONSTRAINT ck_data_request_reminder CHECK (reminder_days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_data_request_organisation ON data_request (organisation_id, due_on);

-- One figure asked for. min_value/max_value: the plausible range (either may be open); a value
-- outside it needs an explanation. indicator_id: the indicator the accepted figures feed.
CREATE TABLE data_request_field (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    request_id   BIGINT         NOT NULL,
    position     INT            NOT NULL,
    field_key    VARCHAR(40)    NOT NULL,
    label        VARCHAR(200)   NOT NULL,
    unit         VARCHAR(40)    NOT NULL,
    min_value    DECIMAL(14, 4) NULL,
    max_value    DECIMAL(14, 4) NULL,
    indicator_id BIGINT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_data_request_field_key UNIQUE (request_id, field_key),
    CONSTRAINT fk_data_request_field_request FOREIGN KEY (request_id) REFERENCES data_request (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_data_request_field_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT ck_data_request_field_range CHECK (min_value IS NULL OR max_value IS NULL
        OR min_value <= max_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sum rule: the total field's value should equal the sum of the part fields' values
-- (part_keys: field keys, comma-separated), e.g. pupils = girls + boys.
CREATE TABLE data_request_sum_rule (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    request_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    total_key  VARCHAR(40)  NOT NULL,
    part_keys  VARCHAR(400) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_data_request_rule_request FOREIGN KEY (request_id) REFERENCES data_request (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A school asked. state: OPEN (not yet submitted), SUBMITTED, RETURNED (with return_reason, to be
-- corrected and submitted again), ACCEPTED. reminded_on / overdue_since: set by the process's
-- reminder and escalation; the answer stays possible when overdue.
CREATE TABLE data_request_recipient (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    request_id    BIGINT        NOT NULL,
    school_id     BIGINT        NOT NULL,
    state         VARCHAR(9)    NOT NULL DEFAULT 'OPEN',
    return_reason VARCHAR(2000) NULL,
    submitted_on  DATE          NULL,
    submitted_by  VARCHAR(80)   NULL,
    reviewed_on   DATE          NULL,
    reviewed_by   VARCHAR(80)   NULL,
    reminded_on   DATE          NULL,
    overdue_since DATE          NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_data_request_recipient UNIQUE (request_id, school_id),
    CONSTRAINT fk_data_request_recipient_request FOREIGN KEY (request_id) REFERENCES data_request (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_data_request_recipient_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_data_request_recipient_state CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED',
        'ACCEPTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_data_request_recipient_school ON data_request_recipient (school_id, state);

-- A school's figure for one field; explanation: why an implausible figure is right.
CREATE TABLE data_request_value (
    recipient_id BIGINT         NOT NULL,
    field_id     BIGINT         NOT NULL,
    value        DECIMAL(14, 4) NULL,
    explanation  VARCHAR(1000)  NULL,
    PRIMARY KEY (recipient_id, field_id),
    CONSTRAINT fk_data_request_value_recipient FOREIGN KEY (recipient_id)
        REFERENCES data_request_recipient (id) ON DELETE CASCADE,
    CONSTRAINT fk_data_request_value_field FOREIGN KEY (field_id) REFERENCES data_request_field (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
