-- Schakel is added to a Teams team once (the install event names the team's General channel),
-- but it is spoken to in any channel of that team. Each channel it has seen is remembered with
-- its team, so it can send there, and removing Schakel from the team forgets all of them.
ALTER TABLE teams_conversations ADD COLUMN team_id text;
-- Rows from before this migration are installs in a team's General channel, whose id is the team's.
UPDATE teams_conversations SET team_id = split_part(conversation_id, ';', 1)
 WHERE conversation_type = 'channel';
CREATE INDEX teams_conversations_team ON teams_conversations (team_id) WHERE team_id IS NOT NULL;
