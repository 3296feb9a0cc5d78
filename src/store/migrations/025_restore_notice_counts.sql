-- "Gaat toch door" notices an older Schakel left waiting: its herstel kept no count in the series,
-- and the planner, which now plans these notices from that count (reminder-plan.ts), would set them
-- aside at its next run. The series gets the count (round 1), so a notice whose meeting is still
-- ahead goes out; one whose meeting has begun is skipped when sent, as ever. A meeting cancelled
-- again since gets none (its notice no longer holds). Counts of meetings long past are let go at the
-- series' next change (src/schedule/restored-kept.ts). A new revision: the feed shows it on again.
UPDATE meeting_series s
   SET definition = jsonb_set(s.definition, '{restored}',
         COALESCE(s.definition->'restored', '[]'::jsonb) || waiting.entries),
       version = s.version + 1, updated_at = now()
  FROM (SELECT d.overleg_id,
               jsonb_agg(DISTINCT jsonb_build_object('originalStart', d.occurrence, 'round', 1)) AS entries
          FROM deliveries d JOIN meeting_series m ON m.overleg_id = d.overleg_id
         WHERE d.kind = 'restore_notice' AND d.status = 'pending' AND d.key NOT LIKE '%|round-%'
           AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'restored', '[]'::jsonb)) r
                            WHERE r->>'originalStart' = d.occurrence)
           AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(m.definition->'exceptions', '[]'::jsonb)) e
                            WHERE e->>'originalStart' = d.occurrence AND e->>'kind' = 'cancel')
         GROUP BY d.overleg_id) waiting
 WHERE s.overleg_id = waiting.overleg_id;
