-- Liên Thông schema, version 4: calendar feeds. A unit subscribes its calendar program (Outlook, Thunderbird) to a
-- secret link that carries no bearer token; the link itself is the credential, so only the SHA-256 of its token is
-- stored, as for sign-in tokens. A revoked link stays for the record and opens nothing.

CREATE TABLE calendar_link (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code    VARCHAR(10)  NOT NULL COMMENT 'the unit whose meetings the feed lists',
    token_hash   CHAR(64)     NOT NULL COMMENT 'hex SHA-256 of the token in the link; the token itself is not kept',
    created_by   VARCHAR(60)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    revoked_by   VARCHAR(60)  NULL,
    revoked_at   TIMESTAMP(3) NULL COMMENT 'NULL while the link works',
    PRIMARY KEY (id),
    UNIQUE KEY uk_calendar_link_token (token_hash),
    KEY ix_calendar_link_unit (unit_code, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
