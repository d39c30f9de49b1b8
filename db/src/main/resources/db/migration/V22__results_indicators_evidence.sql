-- Results and monitoring, the shared part: the small-group threshold per organisation, the state
-- of a wave's results (computed, released), the indicator catalogue with its values per area
-- version and year, and the evidence chain from a measure to the indicators it is meant to move.
-- Feature-private tables (result aggregates, free-text screening, data requests, report jobs)
-- come in their own migrations.

-- Cells with fewer responses than this are suppressed everywhere; 5 unless an organisation
-- chooses otherwise, never below 3.
ALTER TABLE organisation
    ADD COLUMN min_cell_size INT NOT NULL DEFAULT 5,
    ADD CONSTRAINT ck_organisation_min_cell CHECK (min_cell_size >= 3);

-- One row per wave whose results were computed (at the field's close, or on demand for waves
-- closed before this migration). Only released results leave the planning team.
CREATE TABLE wave_result (
    wave_id      BIGINT      NOT NULL,
    computed_on  DATE        NOT NULL,
    respondents  INT         NOT NULL,
    released_on  DATE        NULL,
    released_by  VARCHAR(80) NULL,
    version      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (wave_id),
    CONSTRAINT fk_wave_result_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- direction: which way is good (UP: more is better, DOWN: less is better, NONE: neither).
-- A survey-based indicator names a questionnaire question and how it is read: SHARE of the
-- respondents who chose one of survey_options (comma-separated option keys), or MEAN of a scale.
CREATE TABLE indicator (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id         BIGINT       NOT NULL,
    code                    VARCHAR(40)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    definition              TEXT         NOT NULL,
    unit                    VARCHAR(40)  NOT NULL,
    source                  VARCHAR(300) NOT NULL,
    direction               VARCHAR(4)   NOT NULL,
    survey_questionnaire_id BIGINT       NULL,
    survey_question_key     VARCHAR(81)  NULL,
    survey_reading          VARCHAR(5)   NULL,
    survey_options          VARCHAR(500) NULL,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_indicator_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_indicator_questionnaire FOREIGN KEY (survey_questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_indicator_direction CHECK (direction IN ('UP', 'DOWN', 'NONE')),
    CONSTRAINT ck_indicator_survey CHECK (
        (survey_questionnaire_id IS NULL AND survey_question_key IS NULL AND survey_reading IS NULL)
        OR (survey_questionnaire_id IS NOT NULL AND survey_question_key IS NOT NULL
            AND survey_reading IN ('SHARE', 'MEAN')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A value of an indicator for one area version (area_id NULL: the whole organisation) and year.
-- origin says where it came from; origin_ref names the wave, the import or the data request.
-- A value from a survey is NULL when its cell is suppressed: the row says "measured, not shown".
CREATE TABLE indicator_value (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT         NOT NULL,
    area_id      BIGINT         NULL,
    area_key     BIGINT AS (COALESCE(area_id, 0)) PERSISTENT,
    year         INT            NOT NULL,
    value        DECIMAL(14, 4) NULL,
    origin       VARCHAR(12)    NOT NULL,
    origin_ref   VARCHAR(100)   NULL,
    recorded_on  DATE           NOT NULL,
    recorded_by  VARCHAR(80)    NOT NULL,
    version      INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_value UNIQUE (indicator_id, area_key, year, origin),
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_value_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_indicator_value_origin CHECK (origin IN ('SURVEY', 'STATISTICS', 'DATA_REQUEST', 'MANUAL')),
    CONSTRAINT ck_indicator_value_year CHECK (year BETWEEN 1990 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_indicator_value_area ON indicator_value (area_id, year);

-- The evidence chain: a measure (of one plan version; copied with it like measure_area) names the
-- indicators it is meant to move, for one area (NULL: the whole organisation), from a baseline
-- to a target.
CREATE TABLE measure_indicator (
    measure_id    BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    area_id       BIGINT         NULL,
    baseline      DECIMAL(14, 4) NOT NULL,
    baseline_year INT            NOT NULL,
    target        DECIMAL(14, 4) NOT NULL,
    target_year   INT            NOT NULL,
    PRIMARY KEY (measure_id, indicator_id),
    CONSTRAINT fk_measure_indicator_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT fk_measure_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_measure_indicator_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_measure_indicator_years CHECK (target_year >= baseline_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
