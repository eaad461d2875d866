-- Liên Thông schema, version 1: administrative directory with history, meeting points,
-- accounts and tokens, and the audit log. All text is utf8mb4; searches on names use the
-- folded column (lower case, no diacritics, đ -> d) filled by the application.

CREATE TABLE admin_unit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(10)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    name_folded  VARCHAR(200) NOT NULL,
    unit_type    VARCHAR(60)  NOT NULL,
    unit_level   TINYINT      NOT NULL,
    parent_code  VARCHAR(10)  NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NULL COMMENT 'exclusive; NULL = still valid',
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_unit_code_from (code, valid_from),
    KEY ix_admin_unit_parent (parent_code),
    KEY ix_admin_unit_level (unit_level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_succession (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    predecessor_code VARCHAR(10)  NOT NULL,
    successor_code   VARCHAR(10)  NOT NULL,
    effective_date   DATE         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_succession (predecessor_code, successor_code, effective_date),
    KEY ix_unit_succession_successor (successor_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_import (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(20)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    file_sha256     CHAR(64)     NOT NULL,
    valid_from      DATE         NOT NULL,
    scope           VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    total_rows      INT          NOT NULL DEFAULT 0,
    processed_rows  INT          NOT NULL DEFAULT 0,
    created_count   INT          NOT NULL DEFAULT 0,
    changed_count   INT          NOT NULL DEFAULT 0,
    closed_count    INT          NOT NULL DEFAULT 0,
    unchanged_count INT          NOT NULL DEFAULT 0,
    rejected_count  INT          NOT NULL DEFAULT 0,
    errors_json     MEDIUMTEXT   NULL,
    failure         VARCHAR(500) NULL,
    started_by      VARCHAR(60)  NOT NULL,
    started_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    finished_at     TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_unit_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_point (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code        VARCHAR(10)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    name_folded      VARCHAR(200) NOT NULL,
    room             VARCHAR(200) NULL,
    address          VARCHAR(300) NULL,
    seats            INT          NOT NULL,
    endpoint_kind    VARCHAR(10)  NOT NULL,
    sip_address      VARCHAR(200) NULL,
    h323_address     VARCHAR(200) NULL,
    technician_name  VARCHAR(120) NULL,
    technician_phone VARCHAR(30)  NULL,
    technician_email VARCHAR(150) NULL,
    is_default       BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY ix_meeting_point_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(60)  NOT NULL,
    display_name        VARCHAR(150) NOT NULL,
    position            VARCHAR(150) NULL,
    unit_code           VARCHAR(10)  NOT NULL,
    password_hash       VARCHAR(600) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    login_blocked_until TIMESTAMP(3) NULL,
    version             BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_username (username),
    KEY ix_app_user_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only a SHA-256 of each bearer token is kept, so a copy of the database cannot sign anyone in.
CREATE TABLE auth_token (
    token_hash CHAR(64)     NOT NULL,
    user_id    BIGINT       NOT NULL,
    issued_at  TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_auth_token_user (user_id),
    CONSTRAINT fk_auth_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          TIMESTAMP(3) NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    actor_unit  VARCHAR(10)  NULL,
    action      VARCHAR(20)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(60)  NOT NULL,
    before_json MEDIUMTEXT   NULL,
    after_json  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity_type, entity_id),
    KEY ix_audit_actor (actor),
    KEY ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
