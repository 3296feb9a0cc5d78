-- Where a message sent to one member directly stands in their chat (Slack: the DM channel and the
-- message's ts; Teams: the personal chat's conversation id and the activity id), so that when they
-- are erased (vergeet-mij) their open check-in cards can be changed into a line that says so, just
-- before the erasure deletes these rows with the rest of what was sent to them.
ALTER TABLE deliveries ADD COLUMN sent_ref text;
