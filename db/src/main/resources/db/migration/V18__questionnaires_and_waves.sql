-- Surveys: versioned questionnaires with translations and a plain-language variant, waves that
-- go through review and approval, their classes and code sheets, answers saved per page, and
-- the outbox that separates spending a code from storing its response.

-- One secret per installation for the hashes of access codes: hash = SHA2(CONCAT(key, ':', code),
-- 256). A single key (instead of a salt per wave) makes finding a code one indexed read, whatever
-- the number of waves in the field. Waves from before V18 keep their own code_salt.
CREATE TABLE installation_key (
    name      VARCHAR(40) NOT NULL,
    key_value CHAR(64)    NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO installation_key (name, key_value) VALUES ('survey-code', LOWER(HEX(RANDOM_BYTES(32))));

-- An instrument an organisation surveys with; its questions live in versions.
CREATE TABLE questionnaire (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_title UNIQUE (organisation_id, title),
    CONSTRAINT fk_questionnaire_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A DRAFT version is edited; a FROZEN one (used by a wave, or frozen by hand) never changes.
-- languages: the languages offered besides German, comma-separated (en,tr,ar,uk,ru);
-- plain_variant: whether a plain-language variant for younger pupils exists.
CREATE TABLE questionnaire_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT       NOT NULL,
    number           INT          NOT NULL,
    state            VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    based_on_id      BIGINT       NULL,
    languages        VARCHAR(40)  NOT NULL DEFAULT '',
    plain_variant    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modified_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_questionnaire_version UNIQUE (questionnaire_id, number),
    CONSTRAINT fk_qversion_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_qversion_based_on FOREIGN KEY (based_on_id) REFERENCES questionnaire_version (id),
    CONSTRAINT ck_qversion_state CHECK (state IN ('DRAFT', 'FROZEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One page of the questionnaire each.
CREATE TABLE q_section (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version_id  BIGINT      NOT NULL,
    position    INT         NOT NULL,
    section_key VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_q_section_position UNIQUE (version_id, position),
    CONSTRAINT uk_q_section_key UNIQUE (version_id, section_key),
    CONSTRAINT fk_q_section_version FOREIGN KEY (version_id) REFERENCES questionnaire_version (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- position orders all questions of a version (sections in order, then within a section).
-- display: RADIO or DROPDOWN for single choice. min/max: bounds of NUMBER.
-- show_if_key/show_if_values: shown only if the earlier question show_if_key was answered with
-- one of the stored values (comma-separated), on this page or an earlier one.
CREATE TABLE q_question (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version_id     BIGINT       NOT NULL,
    section_id     BIGINT       NOT NULL,
    position       INT          NOT NULL,
    question_key   VARCHAR(40)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    display        VARCHAR(10)  NULL,
    mandatory      BOOLEAN      NOT NULL DEFAULT FALSE,
    dont_know      BOOLEAN      NOT NULL DEFAULT FALSE,
    randomise      BOOLEAN      NOT NULL DEFAULT FALSE,
    min_value      INT          NULL,
    max_value      INT          NULL,
    show_if_key    VARCHAR(40)  NULL,
    show_if_values VARCHAR(400) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_q_question_key UNIQUE (version_id, question_key),
    CONSTRAINT uk_q_question_position UNIQUE (version_id, position),
    CONSTRAINT fk_q_question_version FOREIGN KEY (version_id) REFERENCES questionnaire_version (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_q_question_section FOREIGN KEY (section_id) REFERENCES q_section (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_q_question_kind CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING',
        'MATRIX', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'YES_NO')),
    CONSTRAINT ck_q_question_display CHECK (display IS NULL OR display IN ('RADIO', 'DROPDOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Options are keys; only their texts vary by language and variant, so every translation has the
-- same options in the same order by construction. The stored answer is the option key.
CREATE TABLE q_option (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    question_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    option_key  VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_q_option_position UNIQUE (question_id, position),
    CONSTRAINT uk_q_option_key UNIQUE (question_id, option_key),
    CONSTRAINT fk_q_option_question FOREIGN KEY (question_id) REFERENCES q_question (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The items (rows) of a MATRIX question, all answered on the rating scale 1-5.
CREATE TABLE q_matrix_item (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    question_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    item_key    VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_q_matrix_item_position UNIQUE (question_id, position),
    CONSTRAINT uk_q_matrix_item_key UNIQUE (question_id, item_key),
    CONSTRAINT fk_q_matrix_item_question FOREIGN KEY (question_id) REFERENCES q_question (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every text of a version, per variant (STANDARD, PLAIN) and language. element names what the
-- text belongs to (see survey.Instrument.TextKey): title, intro, s:<section>, q:<question>,
-- h:<question> (help), o:<question>:<option>, m:<question>:<item>, lo:<question>, hi:<question>.
CREATE TABLE q_text (
    version_id BIGINT        NOT NULL,
    variant    VARCHAR(8)    NOT NULL,
    language   CHAR(2)       NOT NULL,
    element    VARCHAR(90)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (version_id, variant, language, element),
    CONSTRAINT fk_q_text_version FOREIGN KEY (version_id) REFERENCES questionnaire_version (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_q_text_variant CHECK (variant IN ('STANDARD', 'PLAIN')),
    CONSTRAINT ck_q_text_language CHECK (language IN ('de', 'en', 'tr', 'ar', 'uk', 'ru'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A wave: a frozen questionnaire version, a target group, classes, a field period, and where it
-- stands in survey-wave.bpmn. revision counts submissions for review; an approval names the
-- revision it approved (wave_approval), and the field opens only if both name the current one.
ALTER TABLE survey_wave
    ADD COLUMN questionnaire_version_id BIGINT       NULL,
    ADD COLUMN state                    VARCHAR(12)  NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN target_kind              VARCHAR(10)  NOT NULL DEFAULT 'PUPILS',
    ADD COLUMN grade_from               INT          NULL,
    ADD COLUMN grade_to                 INT          NULL,
    ADD COLUMN consent_mode             VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    ADD COLUMN code_margin              INT          NOT NULL DEFAULT 2,
    ADD COLUMN reminder_below_percent   INT          NOT NULL DEFAULT 50,
    ADD COLUMN revision                 INT          NOT NULL DEFAULT 0,
    ADD COLUMN process_instance_id      VARCHAR(64)  NULL,
    MODIFY code_salt CHAR(32) NULL,
    ADD CONSTRAINT fk_survey_wave_qversion
        FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id),
    ADD CONSTRAINT ck_survey_wave_state
        CHECK (state IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RELEASED', 'IN_FIELD', 'CLOSED')),
    ADD CONSTRAINT ck_survey_wave_target CHECK (target_kind IN ('PUPILS', 'PARENTS', 'TEACHERS')),
    ADD CONSTRAINT ck_survey_wave_consent
        CHECK (consent_mode IN ('NONE', 'PUPIL_CONFIRMS', 'PARENTS_SLIP')),
    ADD CONSTRAINT ck_survey_wave_grades
        CHECK (grade_from IS NULL OR grade_to IS NULL OR grade_to >= grade_from),
    ADD CONSTRAINT ck_survey_wave_margin CHECK (code_margin BETWEEN 0 AND 10),
    ADD CONSTRAINT ck_survey_wave_reminder CHECK (reminder_below_percent BETWEEN 0 AND 100);

-- Every decision of the review, kept: who decided which revision, when, and why it was returned.
CREATE TABLE wave_approval (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    wave_id    BIGINT       NOT NULL,
    role       VARCHAR(40)  NOT NULL,
    revision   INT          NOT NULL,
    approved   BOOLEAN      NOT NULL,
    reasons    TEXT         NULL,
    account_id BIGINT       NOT NULL,
    decided_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT fk_wave_approval_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_wave_approval_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_wave_approval_role
        CHECK (role IN ('data-protection-officer', 'school-authority')),
    CONSTRAINT ck_wave_approval_reasons CHECK (approved OR CHAR_LENGTH(TRIM(reasons)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_wave_approval_wave ON wave_approval (wave_id, role, revision);

-- A class of a school taking part. Codes are generated for pupils + the wave's margin.
-- slips_returned: parents' consent slips the class got back (a count, never names); where the
-- wave needs them, only that many of the class's codes can be spent.
CREATE TABLE wave_class (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    wave_id        BIGINT      NOT NULL,
    school_id      BIGINT      NOT NULL,
    class_label    VARCHAR(40) NOT NULL,
    grade          INT         NOT NULL,
    pupils         INT         NOT NULL,
    slips_returned INT         NULL,
    version        INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_wave_class UNIQUE (wave_id, school_id, class_label),
    CONSTRAINT fk_wave_class_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_wave_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_wave_class_pupils CHECK (pupils BETWEEN 1 AND 60),
    CONSTRAINT ck_wave_class_grade CHECK (grade BETWEEN 1 AND 13),
    CONSTRAINT ck_wave_class_slips CHECK (slips_returned IS NULL OR slips_returned BETWEEN 0 AND pupils)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE access_code
    ADD COLUMN wave_class_id BIGINT NULL,
    ADD CONSTRAINT fk_access_code_class FOREIGN KEY (wave_class_id) REFERENCES wave_class (id);

CREATE INDEX ix_access_code_class ON access_code (wave_class_id, used);

-- The code sheet of a class as made when its codes were generated: the only place its plain
-- codes exist besides the paper. Deleted when the field closes.
CREATE TABLE wave_code_sheet (
    wave_class_id BIGINT   NOT NULL,
    pdf           LONGBLOB NOT NULL,
    PRIMARY KEY (wave_class_id),
    CONSTRAINT fk_code_sheet_class FOREIGN KEY (wave_class_id) REFERENCES wave_class (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A questionnaire answered in part, under the hash of its code, until submit or the field's end.
-- answers: survey.Answers' compact form. No time is kept.
CREATE TABLE survey_draft (
    code_hash CHAR(64)   NOT NULL,
    wave_id   BIGINT     NOT NULL,
    page      INT        NOT NULL,
    language  CHAR(2)    NOT NULL,
    variant   VARCHAR(8) NOT NULL,
    answers   MEDIUMTEXT NOT NULL,
    PRIMARY KEY (code_hash),
    CONSTRAINT fk_survey_draft_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_draft_wave ON survey_draft (wave_id);

-- Submitted responses on their way to survey_response: written in the transaction that spends
-- the code, moved in batches by another (so no stored response shares a transaction with its
-- code). Carries what the response will carry, nothing more.
CREATE TABLE survey_outbox (
    id           CHAR(36)    NOT NULL,
    wave_id      BIGINT      NOT NULL,
    school_id    BIGINT      NOT NULL,
    area_id      BIGINT      NULL,
    grade_band   VARCHAR(10) NOT NULL,
    language     CHAR(2)     NOT NULL,
    submitted_on DATE        NOT NULL,
    answers      MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A matrix item is answered as <question>.<item>.
ALTER TABLE survey_answer MODIFY question_key VARCHAR(81) NOT NULL;

-- Today's waves: one questionnaire with one frozen version each, their questions copied over.
-- Choices were stored as the option's number, so the options' keys are their numbers.
UPDATE survey_wave SET state = IF(field_end < CURRENT_DATE, 'CLOSED', 'IN_FIELD');

INSERT INTO questionnaire (organisation_id, title)
SELECT w.organisation_id, CONCAT(w.title, ' (#', w.id, ')') FROM survey_wave w;

INSERT INTO questionnaire_version (questionnaire_id, number, state, languages)
SELECT q.id, 1, 'FROZEN',
       IF(EXISTS (SELECT 1 FROM survey_question sq WHERE sq.wave_id = w.id AND sq.text_en IS NOT NULL),
          'en', '')
FROM survey_wave w
JOIN questionnaire q ON q.organisation_id = w.organisation_id
                    AND q.title = CONCAT(w.title, ' (#', w.id, ')');

UPDATE survey_wave w
JOIN questionnaire q ON q.organisation_id = w.organisation_id
                    AND q.title = CONCAT(w.title, ' (#', w.id, ')')
JOIN questionnaire_version v ON v.questionnaire_id = q.id
SET w.questionnaire_version_id = v.id;

INSERT INTO q_section (version_id, position, section_key)
SELECT questionnaire_version_id, 1, 'main' FROM survey_wave;

INSERT INTO q_question (version_id, section_id, position, question_key, kind, display, mandatory)
SELECT w.questionnaire_version_id, s.id, sq.position, sq.question_key,
       IF(sq.kind = 'TEXT', 'LONG_TEXT', sq.kind), IF(sq.kind = 'SINGLE_CHOICE', 'RADIO', NULL),
       sq.mandatory
FROM survey_question sq
JOIN survey_wave w ON w.id = sq.wave_id
JOIN q_section s ON s.version_id = w.questionnaire_version_id;

-- the n-th line of a question's options, for n = 1..20
CREATE TEMPORARY TABLE v18_n (n INT NOT NULL PRIMARY KEY);
INSERT INTO v18_n (n) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13),
                             (14), (15), (16), (17), (18), (19), (20);

INSERT INTO q_option (question_id, position, option_key)
SELECT q.id, n.n, CAST(n.n AS CHAR)
FROM survey_question sq
JOIN survey_wave w ON w.id = sq.wave_id
JOIN q_question q ON q.version_id = w.questionnaire_version_id AND q.question_key = sq.question_key
JOIN v18_n n ON n.n <= 1 + CHAR_LENGTH(sq.options_de) - CHAR_LENGTH(REPLACE(sq.options_de, '\n', ''))
WHERE sq.kind = 'SINGLE_CHOICE';

INSERT INTO q_text (version_id, variant, language, element, text)
SELECT w.questionnaire_version_id, 'STANDARD', 'de', 'title', w.title FROM survey_wave w;

INSERT INTO q_text (version_id, variant, language, element, text)
SELECT w.questionnaire_version_id, 'STANDARD', l.language, CONCAT('q:', sq.question_key),
       IF(l.language = 'de', sq.text_de, sq.text_en)
FROM survey_question sq
JOIN survey_wave w ON w.id = sq.wave_id
JOIN (SELECT 'de' AS language UNION ALL SELECT 'en') l
WHERE l.language = 'de' OR sq.text_en IS NOT NULL;

-- option texts: o:<question>:<n>; a rating's two lines are its ends lo:/hi:
INSERT INTO q_text (version_id, variant, language, element, text)
SELECT w.questionnaire_version_id, 'STANDARD', l.language,
       CASE WHEN sq.kind = 'SINGLE_CHOICE' THEN CONCAT('o:', sq.question_key, ':', n.n)
            WHEN n.n = 1 THEN CONCAT('lo:', sq.question_key)
            ELSE CONCAT('hi:', sq.question_key) END,
       TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(IF(l.language = 'de', sq.options_de, sq.options_en),
                                            '\n', n.n), '\n', -1))
FROM survey_question sq
JOIN survey_wave w ON w.id = sq.wave_id
JOIN (SELECT 'de' AS language UNION ALL SELECT 'en') l
JOIN v18_n n
WHERE sq.kind IN ('SINGLE_CHOICE', 'RATING')
  AND IF(l.language = 'de', sq.options_de, sq.options_en) IS NOT NULL
  AND n.n <= 1 + CHAR_LENGTH(IF(l.language = 'de', sq.options_de, sq.options_en))
                 - CHAR_LENGTH(REPLACE(IF(l.language = 'de', sq.options_de, sq.options_en), '\n', ''))
  AND (sq.kind = 'SINGLE_CHOICE' OR n.n <= 2);

DROP TEMPORARY TABLE v18_n;

ALTER TABLE survey_wave MODIFY questionnaire_version_id BIGINT NOT NULL;

DROP TABLE survey_question;
