-- The stuurgroep's own calendar and the digest that goes before each meeting. The projectleider
-- enters the meeting dates; a draft of the digest is made a set number of days before each one,
-- over the tertiaal before the meeting or over the time since the previous meeting.

CREATE TABLE stuurgroep_meetings (
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  meeting_date date NOT NULL,
  created_by uuid REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, meeting_date)
);

-- No row: the defaults (10 days before, the tertiaal before the meeting).
CREATE TABLE stuurgroep_settings (
  region_id text PRIMARY KEY REFERENCES regions (id) ON DELETE CASCADE,
  days_before int NOT NULL DEFAULT 10 CHECK (days_before BETWEEN 1 AND 60),
  period_kind text NOT NULL DEFAULT 'tertiaal' CHECK (period_kind IN ('tertiaal', 'sinds-vorige'))
);

-- The digest's deliveries belong to a region, not to one werkgroep: the automatic draft to each
-- projectleider, and the published version to each stuurgroep channel (which still names its
-- stuurgroep overleg, so `mislukt` there shows a failed post).
ALTER TABLE deliveries ALTER COLUMN overleg_id DROP NOT NULL;
ALTER TABLE deliveries ADD COLUMN region_id text REFERENCES regions (id) ON DELETE CASCADE;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_owner CHECK (overleg_id IS NOT NULL OR region_id IS NOT NULL);
CREATE INDEX deliveries_region ON deliveries (region_id, status) WHERE region_id IS NOT NULL;

ALTER TABLE deliveries DROP CONSTRAINT deliveries_kind_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_kind_check CHECK (kind IN ('agenda_call', 'reminder',
  'checkin_invite', 'cancel_notice', 'checkin_dm', 'checkin_nudge', 'round_close',
  'digest_draft', 'digest_publish'));
