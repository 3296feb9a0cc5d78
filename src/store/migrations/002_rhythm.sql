-- The werkgroep rhythm: meeting series, reminder settings, agenda, actiepunten,
-- and the deliveries the scheduler drains.

-- Where a Teams conversation is reached (its connector) is part of the channel.
ALTER TABLE overleg_channels ADD COLUMN service_url text;

-- One series per overleg. The definition (first meeting, interval, changes from a
-- date onward, moved and cancelled occurrences) is validated by src/schedule on write.
CREATE TABLE meeting_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  overleg_id uuid NOT NULL UNIQUE REFERENCES overleggen (id) ON DELETE CASCADE,
  definition jsonb NOT NULL,
  ics_token text UNIQUE,
  version int NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reminder_settings (
  overleg_id uuid PRIMARY KEY REFERENCES overleggen (id) ON DELETE CASCADE,
  settings jsonb NOT NULL
);

CREATE TABLE holiday_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  name text NOT NULL,
  from_date date NOT NULL,
  to_date date NOT NULL CHECK (to_date >= from_date)
);

-- Agendapunten for the next meeting; `for_occurrence` is the original local start it was meant for.
CREATE TABLE agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  for_occurrence text NOT NULL,
  text text NOT NULL,
  added_by uuid REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agenda_items_overleg ON agenda_items (overleg_id, for_occurrence);

CREATE TABLE actiepunten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  description text NOT NULL,
  owner_id uuid REFERENCES members (id) ON DELETE SET NULL,
  due_date date,
  done_at timestamptz,
  created_by uuid REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX actiepunten_open ON actiepunten (overleg_id) WHERE done_at IS NULL;

-- Every message the scheduler sends, under a unique key (occurrence, kind, target):
-- planned once, claimed, sent, and its outcome recorded.
CREATE TABLE deliveries (
  key text PRIMARY KEY,
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  occurrence text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('agenda_call', 'reminder', 'checkin_invite', 'cancel_notice')),
  platform text NOT NULL CHECK (platform IN ('slack', 'teams')),
  workspace text NOT NULL DEFAULT '',
  channel_id text NOT NULL,
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped', 'obsolete')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  claimed_by text,
  late boolean NOT NULL DEFAULT false,
  last_error text,
  sent_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The tick's only question: what is pending and due? This index answers it.
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX deliveries_overleg ON deliveries (overleg_id, status);

-- Who moved or cancelled a meeting, changed a series, published, exported or erased.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  region_id text REFERENCES regions (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES members (id) ON DELETE SET NULL,
  action text NOT NULL,
  subject text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_region ON audit_log (region_id, at);
