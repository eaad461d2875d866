-- Liên Thông schema, version 10: the changes the archive search index has yet to take in.

-- The search index is derived data kept by each application instance for itself. Every change to what it holds
-- about a meeting writes a row here in the same transaction (the triggers below), so a change that commits is
-- never lost to the index, whatever happens after the commit; each instance applies the rows newer than the
-- last one it applied, and re-reads the rows of the last minutes, because the ids of transactions that commit
-- late are lower than ids already applied. No foreign key: the row of a deleted meeting must stay.
CREATE TABLE archive_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT       NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_archive_change_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER tr_archive_meeting_ins AFTER INSERT ON meeting FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.id);
CREATE TRIGGER tr_archive_meeting_upd AFTER UPDATE ON meeting FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.id);
CREATE TRIGGER tr_archive_meeting_del AFTER DELETE ON meeting FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (OLD.id);

CREATE TRIGGER tr_archive_agenda_ins AFTER INSERT ON agenda_item FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_agenda_upd AFTER UPDATE ON agenda_item FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_agenda_del AFTER DELETE ON agenda_item FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (OLD.meeting_id);

-- answers to an invitation (rsvp) change nothing the index holds
CREATE TRIGGER tr_archive_invitation_ins AFTER INSERT ON invitation FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_invitation_upd AFTER UPDATE ON invitation FOR EACH ROW
    INSERT INTO archive_change (meeting_id) SELECT NEW.meeting_id FROM DUAL
    WHERE NOT (NEW.unit_code <=> OLD.unit_code AND NEW.unit_name <=> OLD.unit_name);
CREATE TRIGGER tr_archive_invitation_del AFTER DELETE ON invitation FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (OLD.meeting_id);

CREATE TRIGGER tr_archive_minutes_ins AFTER INSERT ON minutes FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_minutes_upd AFTER UPDATE ON minutes FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_minutes_version_ins AFTER INSERT ON minutes_version FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);

CREATE TRIGGER tr_archive_task_ins AFTER INSERT ON conclusion_task FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_task_upd AFTER UPDATE ON conclusion_task FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_task_del AFTER DELETE ON conclusion_task FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (OLD.meeting_id);
CREATE TRIGGER tr_archive_task_progress_ins AFTER INSERT ON conclusion_task_progress FOR EACH ROW
    INSERT INTO archive_change (meeting_id) SELECT meeting_id FROM conclusion_task WHERE id = NEW.task_id;

CREATE TRIGGER tr_archive_document_ins AFTER INSERT ON meeting_document FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_document_upd AFTER UPDATE ON meeting_document FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (NEW.meeting_id);
CREATE TRIGGER tr_archive_document_del AFTER DELETE ON meeting_document FOR EACH ROW
    INSERT INTO archive_change (meeting_id) VALUES (OLD.meeting_id);

-- after a merge, a unit's old meetings are found under its successor's name too
CREATE TRIGGER tr_archive_succession_ins AFTER INSERT ON unit_succession FOR EACH ROW
    INSERT INTO archive_change (meeting_id)
    SELECT DISTINCT meeting_id FROM invitation WHERE unit_code = NEW.predecessor_code;
