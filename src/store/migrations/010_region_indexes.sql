-- Queries scoped by region (issue 17): the digest of one region reads that region's werkgroepen,
-- their rounds and answers, whatever the number of other regions; the national overview reads
-- only the rounds of the period.
CREATE INDEX IF NOT EXISTS overleggen_region ON overleggen (region_id, kind);
CREATE INDEX IF NOT EXISTS checkin_rounds_meeting_date ON checkin_rounds (meeting_date);
