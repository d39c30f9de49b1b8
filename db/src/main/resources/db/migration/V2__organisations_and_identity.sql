-- Tenants and their reference data, accounts and role grants.
-- Every tenant-owned row carries organisation_id; queries are scoped by it.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('DISTRICT', 'TOWN', 'MUNICIPALITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_department_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_department_kind CHECK (kind IN ('EDUCATION', 'YOUTH_WELFARE', 'SOCIAL', 'HEALTH', 'DAY_CARE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sozialraum / Gemeinde / Ortsteil: hierarchical small-area units.
CREATE TABLE area (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_area_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_area_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    area_id         BIGINT       NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    school_type     VARCHAR(40)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_school_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_school_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_school_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE committee (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_committee_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_committee_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- password_hash is a modular-crypt bcrypt string ($2a$...), read by the Elytron jdbc-realm.
-- NULL for accounts that only sign in through OIDC.
CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id      BIGINT       NOT NULL,
    username             VARCHAR(80)  NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254) NULL,
    password_hash        VARCHAR(100) NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME     NULL,
    created_at           DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role held by an account within its organisation, optionally narrowed to one department,
-- committee or school. Camunda candidate groups are derived from these rows.
CREATE TABLE role_grant (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    account_id    BIGINT      NOT NULL,
    role          VARCHAR(40) NOT NULL,
    department_id BIGINT      NULL,
    committee_id  BIGINT      NULL,
    school_id     BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_role_grant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_grant_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_role_grant_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_role_grant_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_role_grant_role CHECK (role IN ('admin', 'planner', 'department-contributor',
        'administrative-head', 'committee-secretariat', 'committee-chair', 'committee-member',
        'data-protection-officer', 'school-contact'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_role_grant_account ON role_grant (account_id);
