-- Liên Thông schema, version 6: meeting documents, notifications to the invited units and their e-mail outbox.

-- A document attached to a meeting (invitation letter, report, slides as PDF, ...). The bytes live in 1 MB chunks
-- so that neither the upload nor the download ever moves more than one chunk through a statement: the server's
-- max_allowed_packet (16 MB by default) bounds a statement, not a document.
CREATE TABLE meeting_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL COMMENT 'the file name as uploaded, without any folder',
    content_type VARCHAR(100) NOT NULL COMMENT 'one of the allowed types, checked against the first bytes',
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL COMMENT 'hex SHA-256 of the bytes, computed while they were received',
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_meeting_document_meeting (meeting_id, id),
    CONSTRAINT fk_meeting_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_document_chunk (
    document_id BIGINT     NOT NULL,
    seq         INT        NOT NULL COMMENT '0, 1, 2, ... in the order of the bytes',
    data        MEDIUMBLOB NOT NULL COMMENT 'at most 1 MB',
    PRIMARY KEY (document_id, seq),
    CONSTRAINT fk_document_chunk_document FOREIGN KEY (document_id) REFERENCES meeting_document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the meeting was first approved, i.e. made known to the invited units. A cancelled meeting stays in the
-- invited units' inboxes (marked) only if it had been made known.
ALTER TABLE meeting
    ADD COLUMN announced_at TIMESTAMP(3) NULL COMMENT 'first approval; NULL while the invited units were never told';

-- The units that were told about a meeting and not since told they are no longer invited: the difference between
-- these and the current invitations is who is newly invited and who is dropped when an approved meeting changes.
CREATE TABLE meeting_announcement (
    meeting_id BIGINT      NOT NULL,
    unit_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (meeting_id, unit_code),
    CONSTRAINT fk_meeting_announcement_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per unit told about a meeting: INVITED, CHANGED, UNINVITED or CANCELLED. The meeting's title, times and
-- host are copied as they were when the unit was told, so the list needs no join and reads like the message sent.
-- Read by any user of the unit marks it read for the whole unit.
CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code  VARCHAR(10)  NOT NULL,
    meeting_id BIGINT       NOT NULL,
    kind       VARCHAR(12)  NOT NULL COMMENT 'INVITED | CHANGED | UNINVITED | CANCELLED',
    title      VARCHAR(300) NOT NULL,
    starts_at  TIMESTAMP(3) NOT NULL,
    ends_at    TIMESTAMP(3) NOT NULL,
    host_unit  VARCHAR(10)  NOT NULL,
    host_name  VARCHAR(200) NULL COMMENT 'the host unit as the meeting names it',
    reason     VARCHAR(500) NULL COMMENT 'why the meeting was cancelled',
    batch      CHAR(36)     NOT NULL COMMENT 'the rows written by one change, to address their mail in one statement',
    created_at TIMESTAMP(3) NOT NULL,
    read_at    TIMESTAMP(3) NULL,
    read_by    VARCHAR(60)  NULL,
    PRIMARY KEY (id),
    KEY ix_notification_unit (unit_code, read_at, id),
    KEY ix_notification_batch (batch),
    CONSTRAINT fk_notification_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail still to send, one row per notification and address; written with the notification (only when mail is
-- configured) so that a mail server that is down loses nothing, and retried until sent or given up.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    notification_id BIGINT       NOT NULL,
    address         VARCHAR(150) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    sent_at         TIMESTAMP(3) NULL,
    failed_at       TIMESTAMP(3) NULL COMMENT 'set when the attempts are used up',
    last_error      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mail_outbox_address (notification_id, address),
    KEY ix_mail_outbox_due (sent_at, failed_at, next_attempt_at),
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a user receives notification mail; optional.
ALTER TABLE app_user
    ADD COLUMN email VARCHAR(150) NULL;
