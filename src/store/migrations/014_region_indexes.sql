-- Queries scoped by region (issue 17): the digest of one region reads that region's werkgroepen,
-- their rounds and answers, whatever the number of other regions; the national overview reads
-- only the rounds of the period.
CREATE INDEX IF NOT EXISTS overleggen_region ON overleggen (region_id, kind);
CREATE INDEX IF NOT EXISTS checkin_rounds_meeting_date ON checkin_rounds (meeting_date);

-- The national overview wants each member's latest answer in a period: with the meeting date on
-- the answer, that is one probe in an index per member instead of a sort of every answer. A
-- trigger keeps it equal to the round's date, whoever writes the answer.
ALTER TABLE checkin_answers ADD COLUMN IF NOT EXISTS meeting_date date;
UPDATE checkin_answers a SET meeting_date = r.meeting_date FROM checkin_rounds r
 WHERE r.id = a.round_id AND a.meeting_date IS DISTINCT FROM r.meeting_date;

CREATE OR REPLACE FUNCTION checkin_answers_meeting_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.meeting_date := (SELECT meeting_date FROM checkin_rounds WHERE id = NEW.round_id);
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER checkin_answers_meeting_date BEFORE INSERT OR UPDATE OF round_id ON checkin_answers
  FOR EACH ROW EXECUTE FUNCTION checkin_answers_meeting_date();

CREATE OR REPLACE FUNCTION checkin_rounds_meeting_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE checkin_answers SET meeting_date = NEW.meeting_date WHERE round_id = NEW.id;
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER checkin_rounds_meeting_date AFTER UPDATE OF meeting_date ON checkin_rounds
  FOR EACH ROW WHEN (OLD.meeting_date IS DISTINCT FROM NEW.meeting_date)
  EXECUTE FUNCTION checkin_rounds_meeting_date();

CREATE INDEX IF NOT EXISTS checkin_answers_member_latest
  ON checkin_answers (member_id, meeting_date DESC, submitted_at DESC) INCLUDE (samenwerkingsniveau);
