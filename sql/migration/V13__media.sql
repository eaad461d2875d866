-- Video through the media server: what a point's browser reports of its media path (the wall shows it with the
-- point's connection), and the secretariat's request that a point publish for a check during readiness.
ALTER TABLE live_point
    ADD COLUMN media_state       VARCHAR(12)  NULL COMMENT 'CONNECTED | RECONNECTING | FAILED; NULL until reported',
    ADD COLUMN media_packet_loss DECIMAL(5,2) NULL COMMENT 'percent of packets lost, as the browser measured it',
    ADD COLUMN media_at          TIMESTAMP(3) NULL,
    ADD COLUMN media_check_by    VARCHAR(60)  NULL,
    ADD COLUMN media_check_at    TIMESTAMP(3) NULL COMMENT 'asked to publish for a check; counts only during readiness';
