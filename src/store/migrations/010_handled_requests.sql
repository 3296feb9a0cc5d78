-- Every request is carried out once: a Slack request (its event id, or its signature) and a Teams
-- activity (its id, per conversation) is claimed here before it is handled, so a replay or a retry
-- is answered without doing the work again. Rows only live through the five-minute window in which
-- a request's timestamp is accepted (both ways, so ten minutes), then they are removed.
CREATE TABLE handled_requests (
  platform    text        NOT NULL CHECK (platform IN ('slack', 'teams')),
  request_key text        NOT NULL CHECK (length(request_key) BETWEEN 1 AND 600),
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (platform, request_key)
);
CREATE INDEX handled_requests_expiry ON handled_requests (expires_at);
