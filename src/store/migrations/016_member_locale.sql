-- The language Schakel writes a member in: 'nl' (the default) or 'en'. The platform tells it (the
-- Teams activity's locale, the Slack user's locale) and the scheduler reads it here, so a check-in
-- or a reminder in a member's DM goes out in their language. `locale_chosen` is set when the
-- member chose it themselves (`taal en`): the platform no longer changes it then.
ALTER TABLE members ADD COLUMN locale text CHECK (locale IN ('nl', 'en'));
ALTER TABLE members ADD COLUMN locale_chosen boolean NOT NULL DEFAULT false;
