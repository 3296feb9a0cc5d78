-- The stuurgroep digest: the region's yearly targets (voortgang is measured against them pro
-- rata) and every version of a digest as it was made or published, kept unchanged.

CREATE TABLE region_targets (
  region_id text PRIMARY KEY REFERENCES regions (id) ON DELETE CASCADE,
  trajecten_per_year int CHECK (trajecten_per_year >= 0),
  duurzame_uitstroom_pct int CHECK (duurzame_uitstroom_pct BETWEEN 0 AND 100),
  leerbijeenkomsten_per_year int CHECK (leerbijeenkomsten_per_year >= 0),
  casusbesprekingen_per_year int CHECK (casusbesprekingen_per_year >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A correction is a new version that names the one it corrects; published rows are never changed.
CREATE TABLE digest_versions (
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  period_label text NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  document jsonb NOT NULL,
  corrects int,
  created_by uuid REFERENCES members (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (region_id, period_label, version)
);

-- The digest asks per region and period; these keep its few queries on indexes as years pile up.
CREATE INDEX checkin_rounds_overleg_date ON checkin_rounds (overleg_id, meeting_date);
CREATE INDEX knelpunten_region ON knelpunten (region_id);
CREATE INDEX checkin_answers_member ON checkin_answers (member_id);
