-- Where Schakel was added in Teams (a team channel, a group chat, a personal chat): the
-- conversation and its connector, so the scheduler can send there without being asked.
-- Removing Schakel removes the row, the links to werkgroepen, and what was still to be sent.
CREATE TABLE teams_conversations (
  conversation_id text PRIMARY KEY,
  tenant text NOT NULL DEFAULT '',
  service_url text NOT NULL,
  conversation_type text NOT NULL CHECK (conversation_type IN ('personal', 'channel', 'groupChat')),
  user_id text,
  installed_at timestamptz NOT NULL
);
CREATE INDEX teams_conversations_user ON teams_conversations (tenant, user_id) WHERE user_id IS NOT NULL;
