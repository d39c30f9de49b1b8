-- When an organisation or committee was created and last changed. OParl 1.1 requires both on
-- every object it serves (created, modified) and clients synchronise by them (modified_since),
-- so the database keeps them itself: also rows written by SQL (demo data, tests) get them, and
-- any change of a row moves modified_at. Existing rows get the time of this migration as both,
-- since their real creation time was never recorded.
ALTER TABLE organisation
    ADD COLUMN created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;

ALTER TABLE committee
    ADD COLUMN created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN modified_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;
