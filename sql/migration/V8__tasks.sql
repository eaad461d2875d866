-- Liên Thông schema, version 8: tasks assigned by the conclusions of a meeting (giao nhiệm vụ theo kết luận).

-- One task of one conclusion: the conclusion is named by its position in the minutes' "conclusions" and its text is
-- copied at assignment, so the task still reads right when the minutes are amended later.
CREATE TABLE conclusion_task (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id      BIGINT        NOT NULL,
    conclusion      INT           NOT NULL COMMENT 'position in the conclusions of the minutes, from 0',
    conclusion_text TEXT          NOT NULL COMMENT 'the conclusion as it read when the task was assigned',
    title           VARCHAR(500)  NOT NULL,
    deadline        DATE          NOT NULL COMMENT 'a day in Vietnam; overdue from the day after',
    lead_unit       VARCHAR(10)   NOT NULL,
    status          VARCHAR(10)   NOT NULL COMMENT 'OPEN | DONE',
    progress        INT           NOT NULL DEFAULT 0 COMMENT 'percent, 0-100',
    assigned_by     VARCHAR(60)   NOT NULL,
    assigned_at     TIMESTAMP(3)  NOT NULL,
    done_by         VARCHAR(60)   NULL,
    done_at         TIMESTAMP(3)  NULL,
    done_note       VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_conclusion_task_meeting (meeting_id, conclusion),
    KEY ix_conclusion_task_lead (lead_unit, status, deadline),
    CONSTRAINT fk_conclusion_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units that support the lead unit in a task.
CREATE TABLE conclusion_task_support (
    task_id   BIGINT      NOT NULL,
    unit_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (task_id, unit_code),
    KEY ix_conclusion_task_support_unit (unit_code),
    CONSTRAINT fk_conclusion_task_support FOREIGN KEY (task_id) REFERENCES conclusion_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every progress report and the closing one, never changed once written.
CREATE TABLE conclusion_task_progress (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    task_id     BIGINT        NOT NULL,
    reported_at TIMESTAMP(3)  NOT NULL,
    author      VARCHAR(60)   NOT NULL,
    author_unit VARCHAR(10)   NULL,
    percent     INT           NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_conclusion_task_progress_task (task_id, id),
    CONSTRAINT fk_conclusion_task_progress FOREIGN KEY (task_id) REFERENCES conclusion_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
