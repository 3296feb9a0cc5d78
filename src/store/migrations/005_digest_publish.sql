-- Review and publish of the stuurgroep digest. A draft row may still change (its summary text,
-- the sections left out, a fresh document); once published it is never updated again, and the
-- files (chart, PDF) are rendered from its frozen document behind a secret token.

ALTER TABLE digest_versions
  ADD COLUMN summary text NOT NULL DEFAULT '',
  ADD COLUMN omitted text[] NOT NULL DEFAULT '{}',
  ADD COLUMN file_token text UNIQUE,
  ADD COLUMN published_by uuid REFERENCES members (id) ON DELETE SET NULL,
  ADD COLUMN published_at timestamptz,
  ADD CONSTRAINT digest_versions_published_complete
    CHECK (status = 'draft' OR (file_token IS NOT NULL AND published_at IS NOT NULL));

-- "The latest published version of a region" is asked by every stuurgroeplid who reads it.
CREATE INDEX digest_versions_published ON digest_versions (region_id, published_at DESC)
  WHERE status = 'published';
