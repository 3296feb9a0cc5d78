-- Each actiepunt keeps one number within its overleg ("klaar 3" means the same item tomorrow as
-- today, whatever was finished in between). New rows are numbered by a trigger, one at a time per
-- overleg, so every route that inserts gets a number without knowing about it.
ALTER TABLE actiepunten ADD COLUMN number integer;

UPDATE actiepunten a SET number = n.number
  FROM (SELECT id, row_number() OVER (PARTITION BY overleg_id ORDER BY created_at, id) AS number
          FROM actiepunten) n
 WHERE n.id = a.id;

CREATE FUNCTION number_actiepunt() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF NEW.number IS NULL THEN
    PERFORM pg_advisory_xact_lock(hashtext('actiepunten:' || NEW.overleg_id::text));
    SELECT coalesce(max(number), 0) + 1 INTO NEW.number FROM actiepunten WHERE overleg_id = NEW.overleg_id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER actiepunten_number BEFORE INSERT ON actiepunten
  FOR EACH ROW EXECUTE FUNCTION number_actiepunt();

ALTER TABLE actiepunten ALTER COLUMN number SET NOT NULL;
ALTER TABLE actiepunten ADD CONSTRAINT actiepunten_number_unique UNIQUE (overleg_id, number);
