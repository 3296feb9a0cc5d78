-- A chat command whose answer takes long (the optional AI summary of the digest) is acknowledged at
-- once with "Bezig…" and answered by the scheduler, like any delivery: a restart or a crash between
-- the two loses nothing, and the answer goes out once. Its delivery key carries the platform's id
-- of the request, so a replayed command finds its delivery already there.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_kind_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_kind_check CHECK (kind IN ('agenda_call', 'reminder',
  'checkin_invite', 'cancel_notice', 'checkin_dm', 'checkin_nudge', 'round_close',
  'digest_draft', 'digest_publish', 'command_answer'));
-- An answer belongs to the member who asked, not to a werkgroep or a region.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_owner;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_owner
  CHECK (overleg_id IS NOT NULL OR region_id IS NOT NULL OR kind = 'command_answer');

-- What it takes to do the command again and put its answer where "Bezig…" stands. `command` is the
-- command in Schakel's own words (only commands without free text go this way), never what a member
-- typed beside it. The row goes once its delivery is done (the daily retention run).
CREATE TABLE command_answers (
  delivery_key text PRIMARY KEY REFERENCES deliveries (key) ON DELETE CASCADE,
  user_id text NOT NULL,
  place_channel_id text NOT NULL,
  command text NOT NULL CHECK (length(command) <= 200),
  prefix text NOT NULL,
  -- Slack: the command's response_url, which replaces the "Bezig…" message for 30 minutes.
  reply_url text,
  reply_until timestamptz,
  -- Teams: the "Bezig…" activity, updated through the conversation's connector.
  service_url text,
  conversation_id text,
  activity_id text,
  personal boolean NOT NULL DEFAULT false
);
