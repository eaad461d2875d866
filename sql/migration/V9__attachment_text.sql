-- Liên Thông schema, version 9: what an attachment is for, and the text read out of it for the archive search.

-- A meeting's documents are of two purposes: the papers of the meeting (reports, slides, the invitation letter) and
-- the signed scans of its minutes. The text of a PDF is read out once after upload; a scan without a text layer has
-- none (status NONE), and a file whose text cannot be read keeps the upload (status FAILED) rather than refusing it.
ALTER TABLE meeting_document
    ADD COLUMN purpose     VARCHAR(20) NOT NULL DEFAULT 'DOCUMENT' COMMENT 'DOCUMENT | SIGNED_MINUTES',
    ADD COLUMN text_status VARCHAR(10) NOT NULL DEFAULT 'PENDING' COMMENT 'PENDING | EXTRACTED | NONE | FAILED',
    ADD COLUMN text_content MEDIUMTEXT NULL COMMENT 'plain text of the document, for search; NULL unless EXTRACTED';
