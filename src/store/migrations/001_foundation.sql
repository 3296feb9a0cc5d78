-- Regions, their members and the overleggen they meet in. Only what the
-- collaboration needs: names, organisations, roles. Never client data.
CREATE TABLE regions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  start_level numeric(2, 1) CHECK (start_level BETWEEN 1 AND 6),
  target_level numeric(2, 1) CHECK (target_level BETWEEN 1 AND 6),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  name text NOT NULL,
  organisation text NOT NULL,
  domain text NOT NULL CHECK (domain IN ('ggz', 'gemeente', 'uwv', 're-integratie', 'werkgever', 'ervaringsdeskundige', 'overig')),
  email text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_region ON members (region_id);

CREATE TABLE member_roles (
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('lid', 'projectleider', 'stuurgroeplid', 'beheerder', 'landelijk')),
  PRIMARY KEY (member_id, role)
);

-- A platform user (Slack workspace + user, Teams tenant + user) is one member.
CREATE TABLE platform_identities (
  platform text NOT NULL CHECK (platform IN ('slack', 'teams')),
  workspace text NOT NULL DEFAULT '',
  user_id text NOT NULL,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  PRIMARY KEY (platform, workspace, user_id)
);
CREATE INDEX platform_identities_member ON platform_identities (member_id);

CREATE TABLE overleggen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('werkgroep', 'casusoverleg', 'leerbijeenkomst', 'stuurgroep')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, name)
);

CREATE TABLE overleg_members (
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  PRIMARY KEY (overleg_id, member_id)
);

CREATE TABLE overleg_channels (
  overleg_id uuid NOT NULL REFERENCES overleggen (id) ON DELETE CASCADE,
  platform text NOT NULL CHECK (platform IN ('slack', 'teams')),
  workspace text NOT NULL DEFAULT '',
  channel_id text NOT NULL,
  PRIMARY KEY (overleg_id, platform, workspace, channel_id)
);
