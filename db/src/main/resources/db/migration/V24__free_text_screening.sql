-- Free-text screening: a planner releases or withholds each free-text answer of a wave before
-- anything of it leaves the planning team. One row per decided answer; an answer without a row is
-- unscreened. Only the day of the decision is kept (nothing tied to a response carries a time),
-- and the row goes with its answer when raw responses are deleted.
CREATE TABLE free_text_screening (
    response_id  CHAR(36)    NOT NULL,
    question_key VARCHAR(81) NOT NULL,
    wave_id      BIGINT      NOT NULL,
    decision     VARCHAR(8)  NOT NULL,
    decided_on   DATE        NOT NULL,
    decided_by   VARCHAR(80) NOT NULL,
    PRIMARY KEY (response_id, question_key),
    CONSTRAINT fk_free_text_answer FOREIGN KEY (response_id, question_key)
        REFERENCES survey_answer (response_id, question_key) ON DELETE CASCADE,
    CONSTRAINT fk_free_text_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT ck_free_text_decision CHECK (decision IN ('RELEASED', 'WITHHELD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_free_text_wave ON free_text_screening (wave_id, decision);
