-- Liên Thông schema, version 11: the live meeting (họp trực tuyến). The state tables are the truth the control-room
-- wall is rebuilt from; live_event is the numbered log of every change, which the socket pushes and a client that
-- missed some replays with ?since=n.

-- One row per meeting that anyone opened live or acted on. Every change of the meeting's live state locks this row
-- first (SELECT ... FOR UPDATE) and takes the next seq in the same transaction, so the numbers of committed events
-- have no gaps and follow the order of the commits.
CREATE TABLE live_meeting (
    meeting_id     BIGINT       NOT NULL,
    phase          VARCHAR(10)  NOT NULL COMMENT 'SCHEDULED | READINESS | LIVE | ENDED | CANCELLED',
    readiness_at   TIMESTAMP(3) NULL COMMENT 'when the readiness check opened',
    started_at     TIMESTAMP(3) NULL,
    started_by     VARCHAR(60)  NULL,
    ended_at       TIMESTAMP(3) NULL,
    ended_by       VARCHAR(60)  NULL,
    floor_unit     VARCHAR(10)  NULL COMMENT 'the unit that has the floor',
    floor_since    TIMESTAMP(3) NULL,
    floor_by       VARCHAR(60)  NULL,
    seq            BIGINT       NOT NULL DEFAULT 0 COMMENT 'number of the last event of this meeting',
    PRIMARY KEY (meeting_id),
    KEY ix_live_meeting_phase (phase),
    CONSTRAINT fk_live_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Readiness and connection of one meeting point in one meeting. No row: the point has not checked in.
CREATE TABLE live_point (
    meeting_id        BIGINT        NOT NULL,
    point_id          BIGINT        NOT NULL,
    unit_code         VARCHAR(10)   NOT NULL,
    readiness         VARCHAR(10)   NULL COMMENT 'READY | PROBLEM; NULL until checked',
    checks_json       VARCHAR(2000) NULL COMMENT '{"camera": true, "microphone": false, ...}',
    note              VARCHAR(500)  NULL,
    checked_by        VARCHAR(60)   NULL,
    checked_at        TIMESTAMP(3)  NULL,
    connection        VARCHAR(10)   NOT NULL DEFAULT 'OFFLINE' COMMENT 'ONLINE | OFFLINE',
    connection_source VARCHAR(12)   NULL COMMENT 'BROWSER | INTEGRATION',
    last_seen         TIMESTAMP(3)  NULL,
    PRIMARY KEY (meeting_id, point_id),
    -- the offline sweep looks for browser points that fell silent
    KEY ix_live_point_silent (connection, connection_source, last_seen),
    CONSTRAINT fk_live_point_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roll call per invited unit. No row: not (yet) present. auto: set by the point joining, not by a person.
CREATE TABLE live_attendance (
    meeting_id     BIGINT       NOT NULL,
    unit_code      VARCHAR(10)  NOT NULL,
    state          VARCHAR(15)  NOT NULL COMMENT 'PRESENT_ONLINE | PRESENT_ROOM | ABSENT | REPRESENTED',
    reason         VARCHAR(500) NULL COMMENT 'why the unit is absent',
    represented_by VARCHAR(200) NULL,
    auto           BOOLEAN      NOT NULL,
    set_by         VARCHAR(60)  NOT NULL,
    set_at         TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (meeting_id, unit_code),
    CONSTRAINT fk_live_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roll call per delegate (the persons a unit named in its answer, by their place in that list).
CREATE TABLE live_attendance_person (
    meeting_id     BIGINT       NOT NULL,
    unit_code      VARCHAR(10)  NOT NULL,
    ordinal        INT          NOT NULL,
    person_name    VARCHAR(150) NOT NULL,
    state          VARCHAR(15)  NOT NULL COMMENT 'PRESENT_ONLINE | PRESENT_ROOM | ABSENT | REPRESENTED',
    reason         VARCHAR(500) NULL,
    represented_by VARCHAR(200) NULL,
    set_by         VARCHAR(60)  NOT NULL,
    set_at         TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (meeting_id, unit_code, ordinal),
    CONSTRAINT fk_live_person_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When each unit's point was in the meeting: a row per join, closed by the leave (left_at NULL while connected).
CREATE TABLE live_presence (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT       NOT NULL,
    unit_code  VARCHAR(10)  NOT NULL,
    point_id   BIGINT       NOT NULL,
    joined_at  TIMESTAMP(3) NOT NULL,
    left_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_live_presence_unit (meeting_id, unit_code, joined_at),
    CONSTRAINT fk_live_presence_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Raised hands, in the order they were raised (id); a unit has at most one hand up.
CREATE TABLE live_hand (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT       NOT NULL,
    unit_code  VARCHAR(10)  NOT NULL,
    topic      VARCHAR(300) NULL,
    raised_by  VARCHAR(60)  NOT NULL,
    raised_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_live_hand_unit (meeting_id, unit_code),
    CONSTRAINT fk_live_hand_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Show-of-hands votes (biểu quyết) and their ballots: one per present unit, never changed.
CREATE TABLE live_vote (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT        NOT NULL,
    question     VARCHAR(500)  NOT NULL,
    options_json VARCHAR(2000) NOT NULL COMMENT 'JSON array of the option texts, in order',
    status       VARCHAR(10)   NOT NULL COMMENT 'OPEN | CLOSED',
    opened_by    VARCHAR(60)   NOT NULL,
    opened_at    TIMESTAMP(3)  NOT NULL,
    closed_at    TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_live_vote_meeting (meeting_id, id),
    CONSTRAINT fk_live_vote_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE live_ballot (
    vote_id      BIGINT       NOT NULL,
    unit_code    VARCHAR(10)  NOT NULL,
    option_index INT          NOT NULL,
    cast_by      VARCHAR(60)  NOT NULL,
    cast_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (vote_id, unit_code),
    CONSTRAINT fk_live_ballot_vote FOREIGN KEY (vote_id) REFERENCES live_vote (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change, numbered per meeting without gaps (see live_meeting.seq); data is what the socket sent.
CREATE TABLE live_event (
    meeting_id  BIGINT       NOT NULL,
    seq         BIGINT       NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    data        MEDIUMTEXT   NOT NULL COMMENT 'JSON',
    occurred_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (meeting_id, seq),
    CONSTRAINT fk_live_event_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
