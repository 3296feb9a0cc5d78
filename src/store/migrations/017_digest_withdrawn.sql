-- A draft that held the answers of a member who was erased (vergeet-mij) is withdrawn, not
-- deleted: its number stays taken, so an old "Publiceren" button (which names region, period and
-- version) finds the withdrawn row and says so, instead of publishing a newer draft that was made
-- later with the same number. A withdrawn row keeps nothing of what it held: no document, no
-- summary text, no choices, no file token (its preview files are gone).
ALTER TABLE digest_versions DROP CONSTRAINT digest_versions_status_check;
ALTER TABLE digest_versions ADD CONSTRAINT digest_versions_status_check
  CHECK (status IN ('draft', 'published', 'withdrawn'));
ALTER TABLE digest_versions DROP CONSTRAINT digest_versions_published_complete;
ALTER TABLE digest_versions ADD CONSTRAINT digest_versions_published_complete
  CHECK (status <> 'published' OR (file_token IS NOT NULL AND published_at IS NOT NULL));
ALTER TABLE digest_versions ADD CONSTRAINT digest_versions_withdrawn_empty
  CHECK (status <> 'withdrawn'
    OR (document = '{}'::jsonb AND summary = '' AND omitted = '{}' AND file_token IS NULL));
