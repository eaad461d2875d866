-- Liên Thông schema, version 5: invitation letters (giấy mời). An approved meeting's letter gets a number the first
-- time it is issued; numbers run per issuing unit (the meeting's host) and calendar year in Vietnam from 1 and are
-- never given twice or taken back, so a letter keeps its number through later changes and a cancellation.

CREATE TABLE letter_counter (
    issuer_unit_code VARCHAR(10) NOT NULL COMMENT 'the unit whose People''s Committee issues the letters',
    issue_year       SMALLINT    NOT NULL COMMENT 'calendar year in Vietnam of the issue date',
    last_number      INT         NOT NULL COMMENT 'the number given last; the next letter gets one more',
    PRIMARY KEY (issuer_unit_code, issue_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation_letter (
    meeting_id       BIGINT       NOT NULL COMMENT 'one letter per meeting',
    issuer_unit_code VARCHAR(10)  NOT NULL,
    issue_year       SMALLINT     NOT NULL,
    letter_number    INT          NOT NULL,
    issued_at        TIMESTAMP(3) NOT NULL COMMENT 'its date is the date the letter bears',
    issued_by        VARCHAR(60)  NOT NULL,
    issued_sequence  INT          NOT NULL COMMENT 'the meeting''s iCalendar sequence when the number was given',
    PRIMARY KEY (meeting_id),
    UNIQUE KEY uk_invitation_letter_number (issuer_unit_code, issue_year, letter_number),
    CONSTRAINT fk_invitation_letter_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
