-- Whether a version's summary text is the projectleider's own (written or changed with "Tekst
-- aanpassen") rather than the one Schakel wrote from the figures. A later version of the same period
-- starts from her own text instead of silently replacing it with a newly written one.
ALTER TABLE digest_versions ADD COLUMN own_summary boolean NOT NULL DEFAULT false;
