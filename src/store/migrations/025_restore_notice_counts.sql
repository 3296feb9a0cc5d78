-- Meetings an older Schakel put back (its herstel kept no count in the series); the planner now plans
-- their notices from that count (reminder-plan.ts) and reads what a channel heard last from the keys
-- of the notices sent (src/jobs/notice-order.ts). Counts of meetings long past are let go at the
-- series' next change (src/schedule/restored-kept.ts). Only meetings not cancelled again since (their
-- notice no longer holds) and with no count yet.
--
-- 1. "Gaat toch door" already sent (024 kept it under '|before-rounds'): the notice gets its first
-- round's key back, and the series the count below, so cancelled again the werkgroep is told again
-- (round 2, after the "gaat toch door" it heard) and never hears "gaat toch door" about round 1 twice.
UPDATE deliveries d
   SET key = left(d.key, -length('|before-rounds'))
  FROM meeting_series m
 WHERE m.overleg_id = d.overleg_id
   AND d.kind = 'restore_notice' AND d.status = 'sent' AND d.key LIKE '%|before-rounds'
   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'restored', '[]'::jsonb)) r
                    WHERE r->>'originalStart' = d.occurrence)
   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'exceptions', '[]'::jsonb)) e
                    WHERE e->>'originalStart' = d.occurrence AND e->>'kind' = 'cancel')
   AND NOT EXISTS (SELECT 1 FROM deliveries p WHERE p.key = left(d.key, -length('|before-rounds')));
-- 2. The series gets the count (round 1) for those, and for "gaat toch door" notices still waiting:
-- the planner would otherwise set those aside at its next run. A waiting notice whose meeting is
-- still ahead goes out; one whose meeting has begun is skipped when sent, as ever. A new revision:
-- the feed shows it on again.
UPDATE meeting_series s
   SET definition = jsonb_set(s.definition, '{restored}',
         COALESCE(s.definition->'restored', '[]'::jsonb) || put_back.entries),
       version = s.version + 1, updated_at = now()
  FROM (SELECT d.overleg_id,
               jsonb_agg(DISTINCT jsonb_build_object('originalStart', d.occurrence, 'round', 1)) AS entries
          FROM deliveries d JOIN meeting_series m ON m.overleg_id = d.overleg_id
         WHERE d.kind = 'restore_notice' AND d.status IN ('pending', 'sent')
           AND d.key NOT LIKE '%|round-%' AND d.key NOT LIKE '%|before-rounds' AND d.key NOT LIKE '%|opzij|%'
           AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'restored', '[]'::jsonb)) r
                            WHERE r->>'originalStart' = d.occurrence)
           AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'exceptions', '[]'::jsonb)) e
                            WHERE e->>'originalStart' = d.occurrence AND e->>'kind' = 'cancel')
         GROUP BY d.overleg_id) put_back
 WHERE s.overleg_id = put_back.overleg_id;
