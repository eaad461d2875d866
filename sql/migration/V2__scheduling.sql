-- Liên Thông schema, version 2: scheduling. Meetings with their agenda and one invitation per invited unit,
-- recurring series, and the row every booking locks so that conflict and capacity checks hold under concurrency.
-- Times are instants (TIMESTAMP(3), UTC on the wire); the application shows them in Asia/Ho_Chi_Minh.

-- A recurring meeting as it was booked; each occurrence is a meeting of its own that can be moved or
-- cancelled alone.
CREATE TABLE meeting_series (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    freq             VARCHAR(10)  NOT NULL COMMENT 'DAILY | WEEKLY | MONTHLY',
    interval_count   INT          NOT NULL DEFAULT 1,
    occurrence_count INT          NULL COMMENT 'as requested; NULL when the series runs until a day',
    until_day        DATE         NULL COMMENT 'inclusive',
    created_by       VARCHAR(60)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    title            VARCHAR(300) NOT NULL,
    kind             VARCHAR(20)  NOT NULL COMMENT 'CONFERENCE | MEETING | WORKING_SESSION',
    host_unit_code   VARCHAR(10)  NOT NULL,
    host_point_id    BIGINT       NOT NULL,
    chair_username   VARCHAR(60)  NULL COMMENT 'set when the chair is a user; chair conflicts are checked on it',
    chair_name       VARCHAR(150) NOT NULL,
    chair_position   VARCHAR(150) NULL,
    starts_at        TIMESTAMP(3) NOT NULL,
    ends_at          TIMESTAMP(3) NOT NULL,
    confidential     BOOLEAN      NOT NULL DEFAULT FALSE,
    status           VARCHAR(12)  NOT NULL COMMENT 'DRAFT | SUBMITTED | APPROVED | REJECTED | CANCELLED',
    status_reason    VARCHAR(500) NULL COMMENT 'why it was rejected or cancelled',
    series_id        BIGINT       NULL,
    occurrence_index INT          NULL COMMENT '0 for the first meeting of a series',
    ics_sequence     INT          NOT NULL DEFAULT 0 COMMENT 'iCalendar SEQUENCE: grows on every change',
    created_by       VARCHAR(60)  NOT NULL,
    created_by_unit  VARCHAR(10)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    -- overlap queries bound the start on both sides (a meeting lasts at most the configured maximum) and
    -- then filter on the end, so one range scan of this index answers them
    KEY ix_meeting_time (starts_at, ends_at),
    KEY ix_meeting_chair (chair_username, starts_at),
    KEY ix_meeting_host (host_unit_code, starts_at),
    KEY ix_meeting_status (status, starts_at),
    UNIQUE KEY uk_meeting_occurrence (series_id, occurrence_index),
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    meeting_id      BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    presenter       VARCHAR(200) NULL,
    planned_minutes INT          NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per invited unit, the host included, with the unit as the directory named it on the meeting date.
-- The key is natural (no generated id), so the thousands of rows of a national meeting are inserted in batches.
-- point_id has no foreign key: a point deleted later leaves the invitation, which then shows no point.
CREATE TABLE invitation (
    meeting_id  BIGINT       NOT NULL,
    unit_code   VARCHAR(10)  NOT NULL,
    unit_name   VARCHAR(200) NOT NULL,
    unit_level  TINYINT      NOT NULL,
    parent_code VARCHAR(10)  NULL,
    point_id    BIGINT       NULL COMMENT 'the unit''s default meeting point when booked; the host''s chosen point',
    rsvp        VARCHAR(10)  NOT NULL DEFAULT 'PENDING' COMMENT 'PENDING | ATTENDING | DECLINED',
    PRIMARY KEY (meeting_id, unit_code),
    KEY ix_invitation_point (point_id, meeting_id),
    KEY ix_invitation_unit (unit_code, meeting_id),
    CONSTRAINT fk_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bridge (MCU) is shared by every meeting, so its capacity can only be checked against all bookings at once.
-- Every booking, change and approval locks this one row (SELECT ... FOR UPDATE) as the first statement of its
-- transaction, checks conflicts against the meetings committed before, writes and commits: parallel requests
-- for the same point and time queue here and exactly one of them books.
CREATE TABLE bridge_lock (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO bridge_lock (id) VALUES (1);
