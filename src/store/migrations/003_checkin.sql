-- Check-ins after a werkgroep meeting: rounds, answers, knelpunten with their life across
-- rounds, the checklist "Effectief samenwerken", voortgang numbers, and the request keys that
-- make a retried or double-clicked submission store one answer.

-- How long a round stays open, per overleg (default 7 days).
CREATE TABLE checkin_settings (
  overleg_id uuid PRIMARY KEY REFERENCES overleggen (id) ON DELETE CASCADE,
  open_days int NOT NULL DEFAULT 7 CHECK (open_days BETWEEN 1 AND 28)
);

-- One round per meeting: `occurrence` is the original local start 'YYYY-MM-DDTHH:mm' (the
-- meeting's identity in the series), `meeting_date` the local date it actually took place.
CREATE TABLE checkin_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  occurrence text NOT NULL,
  meeting_date date NOT NULL,
  time_zone text NOT NULL,
  opened_at timestamptz NOT NULL,
  nudge_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL CHECK (closes_at > opened_at),
  closed_at timestamptz,
  UNIQUE (overleg_id, occurrence)
);

-- One answer per member per round; changing it updates the row.
CREATE TABLE checkin_answers (
  round_id uuid NOT NULL REFERENCES checkin_rounds (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  samenwerkingsniveau numeric(2, 1) NOT NULL
    CHECK (samenwerkingsniveau BETWEEN 1 AND 6 AND samenwerkingsniveau * 2 = trunc(samenwerkingsniveau * 2)),
  toelichting text,
  went_well text,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (round_id, member_id)
);

-- A knelpunt belongs to the werkgroep and lives across rounds. `slot` (1-3) is its place in
-- the check-in of the member who raised it, so changing that check-in updates it in place.
CREATE TABLE knelpunten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  description text NOT NULL,
  category text NOT NULL CHECK (category IN ('tijd-capaciteit', 'geld-financiering', 'partijen-bereiken',
    'visies-taal', 'borging-continuiteit', 'privacy-avg', 'bestuurlijk-draagvlak', 'wet-regelgeving',
    'werkgevers', 'zorgverzekeraar', 'clientperspectief', 'overig')),
  oplossing text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_behandeling', 'opgelost', 'geparkeerd')),
  raised_in uuid NOT NULL REFERENCES checkin_rounds (id) ON DELETE CASCADE,
  raised_by uuid REFERENCES members (id) ON DELETE SET NULL,
  slot smallint NOT NULL CHECK (slot BETWEEN 1 AND 3),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (raised_in, raised_by, slot)
);
CREATE INDEX knelpunten_overleg ON knelpunten (overleg_id, status);

-- The life of a knelpunt: one row when it is raised and one for every change of what a member
-- said about it. Rows are never changed (a trigger refuses it); they go only with the knelpunt.
CREATE TABLE knelpunt_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  knelpunt_id uuid NOT NULL REFERENCES knelpunten (id) ON DELETE CASCADE,
  round_id uuid NOT NULL REFERENCES checkin_rounds (id) ON DELETE CASCADE,
  member_id uuid REFERENCES members (id) ON DELETE SET NULL,
  update_kind text NOT NULL CHECK (update_kind IN ('raised', 'nog_steeds', 'in_behandeling', 'opgelost', 'geparkeerd')),
  status text NOT NULL CHECK (status IN ('open', 'in_behandeling', 'opgelost', 'geparkeerd')),
  oplossing text,
  at timestamptz NOT NULL
);
CREATE INDEX knelpunt_history_knelpunt ON knelpunt_history (knelpunt_id, id);
CREATE INDEX knelpunt_history_round ON knelpunt_history (round_id);

CREATE FUNCTION knelpunt_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A cascade from an erased member only blanks member_id; any other change is refused.
  IF NEW.member_id IS NULL AND OLD.member_id IS NOT NULL
     AND (NEW.knelpunt_id, NEW.round_id, NEW.update_kind, NEW.status, NEW.oplossing, NEW.at)
         IS NOT DISTINCT FROM (OLD.knelpunt_id, OLD.round_id, OLD.update_kind, OLD.status, OLD.oplossing, OLD.at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'knelpunt_history is append-only';
END $$;
CREATE TRIGGER knelpunt_history_no_update BEFORE UPDATE ON knelpunt_history
  FOR EACH ROW EXECUTE FUNCTION knelpunt_history_append_only();

-- Each member's own view of the 20-item checklist, once per tertiaal ('2026-T3') per werkgroep.
CREATE TABLE checklist_answers (
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  tertiaal text NOT NULL CHECK (tertiaal ~ '^\d{4}-T[123]$'),
  item smallint NOT NULL CHECK (item BETWEEN 1 AND 20),
  answer text NOT NULL CHECK (answer IN ('ja', 'in_ontwikkeling', 'nee')),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (overleg_id, member_id, tertiaal, item)
);

-- The status the werkgroep agreed on, recorded by the projectleider: the region's status.
CREATE TABLE checklist_agreed (
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  tertiaal text NOT NULL CHECK (tertiaal ~ '^\d{4}-T[123]$'),
  item smallint NOT NULL CHECK (item BETWEEN 1 AND 20),
  answer text NOT NULL CHECK (answer IN ('ja', 'in_ontwikkeling', 'nee')),
  recorded_by uuid REFERENCES members (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, tertiaal, item)
);

-- Voortgang against the region's targets, per tertiaal, entered by the projectleider.
CREATE TABLE voortgang (
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  tertiaal text NOT NULL CHECK (tertiaal ~ '^\d{4}-T[123]$'),
  trajecten int CHECK (trajecten >= 0),
  duurzame_uitstroom int CHECK (duurzame_uitstroom >= 0),
  duurzame_uitstroom_pct int CHECK (duurzame_uitstroom_pct BETWEEN 0 AND 100),
  leerbijeenkomsten int CHECK (leerbijeenkomsten >= 0),
  casusbesprekingen int CHECK (casusbesprekingen >= 0),
  recorded_by uuid REFERENCES members (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, tertiaal)
);

-- Submissions already stored, by a key the platform repeats on a retry or resend (Slack: the
-- view and its values; Teams: the activity id). Recorded in the same transaction as the answer.
CREATE TABLE processed_requests (
  key text PRIMARY KEY,
  processed_at timestamptz NOT NULL
);
CREATE INDEX processed_requests_at ON processed_requests (processed_at);

-- The check-in's own deliveries: the direct message to each member, the nudge halfway and the
-- summary when the round closes.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_kind_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_kind_check CHECK (kind IN ('agenda_call', 'reminder',
  'checkin_invite', 'cancel_notice', 'checkin_dm', 'checkin_nudge', 'round_close'));
