-- A cancelled meeting put back (`herstel`) after the werkgroep heard it was cancelled: the werkgroep
-- hears once that it goes ahead after all, in the channels that had the cancel notice.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_kind_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_kind_check CHECK (kind IN ('agenda_call', 'reminder',
  'checkin_invite', 'cancel_notice', 'checkin_dm', 'checkin_nudge', 'round_close',
  'digest_draft', 'digest_publish', 'command_answer', 'restore_notice'));
