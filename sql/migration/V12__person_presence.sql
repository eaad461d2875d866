-- Liên Thông schema, version 12: when each delegate was in the meeting. live_presence (V11) keeps the stays of a
-- unit's point; this keeps the check-ins and check-outs of the persons a unit named, by their place in its list.
-- Both are kept after the meeting ends: the roll call, its exports and the minutes read them.
CREATE TABLE live_person_presence (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id      BIGINT       NOT NULL,
    unit_code       VARCHAR(10)  NOT NULL,
    ordinal         INT          NOT NULL COMMENT 'place of the delegate in the unit''s list, from 0',
    checked_in_at   TIMESTAMP(3) NOT NULL,
    checked_in_by   VARCHAR(60)  NOT NULL,
    checked_out_at  TIMESTAMP(3) NULL COMMENT 'NULL while the delegate is in the meeting',
    checked_out_by  VARCHAR(60)  NULL,
    PRIMARY KEY (id),
    KEY ix_live_person_presence (meeting_id, unit_code, ordinal, checked_in_at),
    CONSTRAINT fk_live_person_presence_meeting FOREIGN KEY (meeting_id) REFERENCES live_meeting (meeting_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
