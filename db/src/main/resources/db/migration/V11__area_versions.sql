-- Areas and school assignments carry a validity, so that a plan, a measure or a survey result keeps
-- the area version it was made with. An area row is one version: redrawing a Sozialraum ends the
-- current row (valid_to, exclusive) and adds a row with the same code; older rows never change.
-- Rows from before versioning count as valid since a fixed early day; inserts that name no day
-- (tests, older tools) get the same.

ALTER TABLE area
    ADD COLUMN valid_from DATE NOT NULL DEFAULT '2000-01-01',
    ADD COLUMN valid_to   DATE NULL,
    ADD CONSTRAINT uk_area_code_from UNIQUE (organisation_id, code, valid_from),
    ADD CONSTRAINT ck_area_validity CHECK (valid_to IS NULL OR valid_to > valid_from);

ALTER TABLE area DROP INDEX uk_area_code;

-- A school's area from a day (inclusive) until a day (exclusive; NULL = open). Moving a school ends
-- the open row and adds one. The rows belong to the school and go with it.
CREATE TABLE school_area (
    id         BIGINT NOT NULL AUTO_INCREMENT,
    school_id  BIGINT NOT NULL,
    area_id    BIGINT NOT NULL,
    valid_from DATE   NOT NULL,
    valid_to   DATE   NULL,
    version    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_school_area_from UNIQUE (school_id, valid_from),
    CONSTRAINT fk_school_area_school FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE,
    CONSTRAINT fk_school_area_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_school_area_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO school_area (school_id, area_id, valid_from)
SELECT id, area_id, '2000-01-01' FROM school WHERE area_id IS NOT NULL;

ALTER TABLE school DROP FOREIGN KEY fk_school_area;
ALTER TABLE school DROP COLUMN area_id;
