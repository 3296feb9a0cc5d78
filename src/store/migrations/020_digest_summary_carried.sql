-- Whether a draft's summary is the projectleider's own text carried over from the version it
-- corrects and not yet edited in this one: only then does its preview say the text is from the
-- version before. Editing it here ("Tekst aanpassen") makes it her text of this version. Open
-- drafts from before read as they did: a correction that starts from her own text.
ALTER TABLE digest_versions ADD COLUMN summary_carried boolean NOT NULL DEFAULT false;
UPDATE digest_versions SET summary_carried = true
 WHERE status = 'draft' AND own_summary AND corrects IS NOT NULL;
