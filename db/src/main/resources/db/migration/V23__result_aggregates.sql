-- A wave's results, precomputed when its field closes: per question (a matrix item as
-- <question>.<item>) the number of respondents who gave one answer, per school, area version,
-- grade band and language. Free text is never aggregated. The raw responses are deleted by
-- retention later; these counts stay, and every screen, export and indicator reads them through
-- results.SurveyResults, which applies the small-group rule. No row leads to a response: a count
-- of one is as anonymous as the response table itself, and never shown as such.
CREATE TABLE result_atom (
    wave_id      BIGINT        NOT NULL,
    question_key VARCHAR(81)   NOT NULL,
    school_id    BIGINT        NOT NULL,
    area_id      BIGINT        NULL,
    grade_band   VARCHAR(10)   NOT NULL,
    language     CHAR(2)       NOT NULL,
    -- the stored answer: an option key, comma-separated option keys, 1-5, a number, yes/no
    answer_value VARCHAR(4000) NOT NULL,
    respondents  INT           NOT NULL,
    CONSTRAINT fk_result_atom_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT ck_result_atom_respondents CHECK (respondents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every read is one wave, or one question of one wave
CREATE INDEX ix_result_atom_question ON result_atom (wave_id, question_key);
