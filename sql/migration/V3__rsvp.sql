-- Liên Thông schema, version 3: RSVP. Each invited unit answers ATTENDING or DECLINED before the meeting's answer
-- deadline and names the people it sends; the answer may change until the deadline, the latest one counts.
-- V2 already has invitation.rsvp (PENDING | ATTENDING | DECLINED); this adds who answered, when and why.

ALTER TABLE invitation
    ADD COLUMN rsvp_reason VARCHAR(500) NULL COMMENT 'why the unit declines (required then); an optional note otherwise',
    ADD COLUMN answered_by VARCHAR(60)  NULL COMMENT 'username of whoever gave the current answer',
    ADD COLUMN answered_at TIMESTAMP(3) NULL,
    -- the secretariat's summary counts answers per tier of one meeting
    ADD KEY ix_invitation_rsvp (meeting_id, unit_level, rsvp);

-- Set at booking to the start minus lienthong.scheduling.rsvp-deadline-hours (default 24). Meetings booked
-- before this version have none: their answers are due by the start.
ALTER TABLE meeting
    ADD COLUMN rsvp_deadline TIMESTAMP(3) NULL COMMENT 'answers are taken until this instant; NULL means the start';

-- The people a unit sends, in the order the unit gave them; replaced as a whole by every new answer.
CREATE TABLE invitation_delegate (
    meeting_id BIGINT       NOT NULL,
    unit_code  VARCHAR(10)  NOT NULL,
    ordinal    INT          NOT NULL,
    name       VARCHAR(150) NOT NULL,
    position   VARCHAR(150) NULL,
    PRIMARY KEY (meeting_id, unit_code, ordinal),
    CONSTRAINT fk_invitation_delegate_invitation FOREIGN KEY (meeting_id, unit_code)
        REFERENCES invitation (meeting_id, unit_code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
