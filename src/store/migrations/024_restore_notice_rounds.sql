-- Restore notices ("gaat toch door") are planned from the series now, keyed by the round of the
-- cancellation they undo (src/schedule/reminder-plan.ts). Those written before keep their rows
-- under a key of their own, so the plan's key of a first round is free for the next herstel.
UPDATE deliveries SET key = key || '|before-rounds'
 WHERE kind = 'restore_notice' AND status <> 'pending' AND key NOT LIKE '%|opzij|%';
