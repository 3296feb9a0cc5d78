-- An actiepunt created by mistake (a typo, the wrong owner, a duplicate) can be removed
-- (`schrap actiepunt 3`): not counted as done, gone from every list and reminder. Its row stays
-- as a marker that keeps its number taken ("klaar 3" never means another one) and lets a second
-- request hear that it was removed already; what it said, whose it was and who made it are
-- cleared at once (the logboek names who removed it and the number, never its text).
ALTER TABLE actiepunten ADD COLUMN removed_at timestamptz;

DROP INDEX actiepunten_open;
CREATE INDEX actiepunten_open ON actiepunten (overleg_id) WHERE done_at IS NULL AND removed_at IS NULL;
