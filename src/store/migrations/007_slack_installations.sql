-- Slack workspaces that installed Schakel through its install page (OAuth). One row per
-- workspace (install_id = the team id), or per Enterprise Grid organisation for an org-wide
-- install (install_id = the enterprise id). The whole installation Slack handed over, tokens
-- included, is stored only sealed (AES-256-GCM, src/crypto/secret-box.ts) in `sealed`; `key_id`
-- names the key that sealed it, so the key can be rotated. The plain columns hold nothing secret:
-- what `schakel doctor` and an audit need to see. Uninstalling removes the row.
CREATE TABLE slack_installations (
  install_id text PRIMARY KEY,
  team_id text,
  enterprise_id text,
  is_enterprise_install boolean NOT NULL DEFAULT false,
  bot_user_id text,
  bot_scopes text NOT NULL DEFAULT '',
  installer_user_id text,
  key_id text NOT NULL,
  sealed text NOT NULL,
  installed_at timestamptz NOT NULL,
  CHECK (install_id = CASE WHEN is_enterprise_install THEN enterprise_id ELSE team_id END)
);
CREATE UNIQUE INDEX slack_installations_team ON slack_installations (team_id) WHERE team_id IS NOT NULL;
