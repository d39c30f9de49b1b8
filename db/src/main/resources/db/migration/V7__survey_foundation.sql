-- The anonymous answering path of surveys: a wave with what its privacy page shows, its
-- questions, one-time access codes and the responses. The questionnaire builder, versions,
-- translations beyond German/English and the wave process come with the survey feature.
--
-- Anonymity by construction: access_code keeps only a salted hash and a used flag (no time,
-- no link to a response); survey_response keeps the day of submission, never a time, and a
-- random id, so neither a column nor the order of rows leads from a response to a code, a
-- person or a moment.

CREATE TABLE survey_wave (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    target_group     VARCHAR(200) NOT NULL,
    purpose          TEXT         NOT NULL,
    legal_basis      VARCHAR(500) NOT NULL,
    privacy_contact  VARCHAR(300) NOT NULL,
    field_start      DATE         NOT NULL,
    field_end        DATE         NOT NULL,
    -- hashes of this wave's access codes are SHA-256(code_salt ':' code)
    code_salt        CHAR(32)     NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_wave_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_survey_wave_period CHECK (field_end >= field_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_wave_field ON survey_wave (field_start, field_end);

-- options_*: one option per line; RATING questions use them as the labels of both ends.
CREATE TABLE survey_question (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    wave_id      BIGINT        NOT NULL,
    position     INT           NOT NULL,
    question_key VARCHAR(40)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    mandatory    BOOLEAN       NOT NULL DEFAULT FALSE,
    text_de      VARCHAR(500)  NOT NULL,
    text_en      VARCHAR(500)  NULL,
    options_de   VARCHAR(2000) NULL,
    options_en   VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_survey_question_key UNIQUE (wave_id, question_key),
    CONSTRAINT uk_survey_question_position UNIQUE (wave_id, position),
    CONSTRAINT fk_survey_question_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT ck_survey_question_kind CHECK (kind IN ('SINGLE_CHOICE', 'RATING', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_code (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    wave_id     BIGINT      NOT NULL,
    school_id   BIGINT      NOT NULL,
    class_label VARCHAR(40) NOT NULL,
    grade_band  VARCHAR(10) NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    used        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_access_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_access_code_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_access_code_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_response (
    id           CHAR(36)    NOT NULL,
    wave_id      BIGINT      NOT NULL,
    school_id    BIGINT      NOT NULL,
    area_id      BIGINT      NULL,
    grade_band   VARCHAR(10) NOT NULL,
    language     CHAR(2)     NOT NULL,
    submitted_on DATE        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_response_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_survey_response_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_survey_response_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_response_wave ON survey_response (wave_id, school_id);
CREATE INDEX ix_survey_response_day ON survey_response (submitted_on);

CREATE TABLE survey_answer (
    response_id  CHAR(36)      NOT NULL,
    question_key VARCHAR(40)   NOT NULL,
    answer_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (response_id, question_key),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
