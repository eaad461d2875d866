-- Liên Thông schema, version 8: minutes of meetings (biên bản), kept in versions.

-- One row per meeting that has minutes: where they stand and which version is current. Every write first locks
-- this row (or, for the first version, the meeting's row), so two saves of the same version never both succeed.
CREATE TABLE minutes (
    meeting_id     BIGINT      NOT NULL,
    status         VARCHAR(10) NOT NULL COMMENT 'DRAFT | FINAL | AMENDED',
    current_number INT         NOT NULL COMMENT 'the number of the newest version',
    final_number   INT         NULL COMMENT 'the version the chair finalised; NULL while a draft',
    PRIMARY KEY (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version ever saved, never changed once written. content is the normalised JSON of the minutes
-- (attendance, sections, conclusions); sha256 is set on locked versions (FINAL, AMENDMENT) and covers the
-- canonical form of {"content", "meetingId", "version"} (see vn.lienthong.minutes.control.CanonicalJson).
CREATE TABLE minutes_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT       NOT NULL,
    number      INT          NOT NULL COMMENT '1, 2, 3, ... per meeting',
    kind        VARCHAR(10)  NOT NULL COMMENT 'SAVE | RESTORE | FINAL | AMENDMENT',
    author      VARCHAR(60)  NOT NULL,
    author_unit VARCHAR(10)  NULL,
    saved_at    TIMESTAMP(3) NOT NULL,
    content     LONGTEXT     NOT NULL,
    sha256      CHAR(64)     NULL,
    reason      VARCHAR(500) NULL COMMENT 'why an amendment was made',
    based_on    INT          NULL COMMENT 'RESTORE: the version restored; AMENDMENT: the locked version it corrects',
    PRIMARY KEY (id),
    UNIQUE KEY uq_minutes_version (meeting_id, number),
    CONSTRAINT fk_minutes_version_minutes FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
