-- A check-in card of a closed round whose change the platform refused (or that failed) keeps its
-- sent_ref and is tried again on the next ticks, a few times: how often it was tried, and whether
-- a card of this member already said that the round closed (so a reminder says only that it lapsed).
ALTER TABLE deliveries ADD COLUMN card_close_attempts int NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN card_closed boolean NOT NULL DEFAULT false;
-- The tick's question for cards left: which closed rounds have one to try again.
CREATE INDEX deliveries_cards_to_close ON deliveries (overleg_id, occurrence)
  WHERE card_close_attempts > 0 AND sent_ref IS NOT NULL;
