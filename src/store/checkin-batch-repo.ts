import { isUuid, roundAccessColumns } from './checkin-repo.ts';
import {
  ANSWER_CHANGES,
  type CheckinByIdentity,
  type CheckinClaimedAndStored,
  claimAndStoreCheckin,
  KNELPUNT_CHANGES,
  toClaimedAndStored,
} from './checkin-submit-repo.ts';
import type { Queryable } from './database.ts';
import { HANDLED_REQUEST_TTL_MS } from './handled-requests-repo.ts';

/** At most this many statements of batched check-ins at once; the rest wait and go together. */
const IN_FLIGHT = 2;
/** At most this many check-ins in one statement. */
const BATCH = 25;
/** At most this many waiting: beyond it a check-in goes on its own, so the queue stays bounded. */
const MAX_WAITING = 200;

/**
 * claimAndStoreCheckin for check-ins arriving together (fifty members answering at once): the
 * check-ins that arrive in one turn of the event loop wait for its end (a full statement's worth
 * goes at once), and while IN_FLIGHT statements are on their way the next ones wait for one of
 * them; then they go in one statement that does for each what claimAndStoreCheckin does for one
 * (the same checks, the same rows, one commit). Each round trip costs the process a socket write
 * that wakes the server and the server a commit, so many answers share them. The turn's end
 * matters: a burst's requests are read in one long turn, and a first check-in sent alone came
 * back only after it, holding a place the others then waited for. One that comes alone waits for
 * nothing: its turn ends at once. Within a batch every replay key, request key and member is
 * there once, and a twin waits until the statement of the one before it is done; should a batch
 * fail, each of its check-ins is stored on its own, so one cannot fail another. Every table's
 * rows are claimed, written and locked in one order (by platform and key, by member, by slot),
 * whatever order the check-ins came in: two batches with the same keys, in two processes, wait on
 * each other instead of deadlocking; expired keys are swept only where no one else holds them.
 */
export function checkinBatches(db: Queryable): (c: CheckinByIdentity) => Promise<CheckinClaimedAndStored> {
  const waiting: Array<{ c: CheckinByIdentity; done: (r: Promise<CheckinClaimedAndStored>) => void }> = [];
  let inFlight = 0;
  /** The keys of the check-ins in statements on their way (see take). */
  const busy = new Set<string>();
  let turnEnding = false;
  /** Sends what waits while a statement may go: a full one at once, fewer only when `all` (the turn is over). */
  const next = (all: boolean) => {
    while (inFlight < IN_FLIGHT && waiting.length > 0 && (all || waiting.length >= BATCH)) {
      const { batch, keys } = take(waiting, busy);
      if (batch.length === 0) return;
      for (const k of keys) busy.add(k);
      inFlight++;
      const stored = batch.length === 1 ? [claimAndStoreCheckin(db, batch[0]!.c)] : storeBatch(db, batch);
      for (const [i, r] of stored.entries()) batch[i]!.done(r);
      void Promise.allSettled(stored).then(() => {
        inFlight--;
        for (const k of keys) busy.delete(k);
        next(true);
      });
    }
  };
  return (c) => {
    if (!isUuid(c.roundId) || waiting.length >= MAX_WAITING) return claimAndStoreCheckin(db, c);
    return new Promise((resolve) => {
      waiting.push({ c, done: resolve });
      if (!turnEnding) {
        turnEnding = true;
        setImmediate(() => {
          turnEnding = false;
          next(true);
        });
      }
      next(false);
    });
  };
}

const batchesOf = new WeakMap<Queryable, ReturnType<typeof checkinBatches>>();

/** claimAndStoreCheckin, batched with the others on the same pool (checkinBatches). */
export function claimAndStoreCheckins(db: Queryable, c: CheckinByIdentity): Promise<CheckinClaimedAndStored> {
  let batches = batchesOf.get(db);
  if (!batches) {
    batches = checkinBatches(db);
    batchesOf.set(db, batches);
  }
  return batches(c);
}

/**
 * The next batch: in arrival order, leaving for later any twin of one already in it or of one in a
 * statement on its way (`busy`, the keys of those), so a twin is stored after the one before it.
 */
function take<T extends { c: CheckinByIdentity }>(
  waiting: T[],
  busy: ReadonlySet<string>,
): { batch: T[]; keys: string[] } {
  const seen = new Set<string>(busy);
  const batch: T[] = [];
  const taken: string[] = [];
  for (let i = 0; i < waiting.length && batch.length < BATCH; ) {
    const { c } = waiting[i]!;
    const keys = [
      `claim:${c.claim.platform}:${c.claim.key}`,
      `user:${c.user.platform}:${c.user.workspace}:${c.user.userId}`,
      ...(c.requestKey ? [`request:${c.requestKey}`] : []),
    ];
    if (keys.some((k) => seen.has(k))) {
      i++;
      continue;
    }
    for (const k of keys) seen.add(k);
    taken.push(...keys);
    batch.push(...waiting.splice(i, 1));
  }
  return { batch, keys: taken };
}

/**
 * One statement for the batch; each check-in's own outcome, or, when it fails, each stored alone.
 * A member's second identity in the batch (Slack and Teams, say) answering the same round is
 * stored alone after it, in arrival order, as if each had come on its own: one statement cannot
 * write their answer twice.
 */
function storeBatch(db: Queryable, batch: ReadonlyArray<{ c: CheckinByIdentity }>) {
  const all = queryBatch(db, batch);
  let after: Promise<unknown> = all;
  return batch.map(({ c }, idx) =>
    all.then(
      (rows) => {
        const row = rows.get(idx);
        if (row?.twin !== true) return toClaimedAndStored(row);
        const alone = after.then(() => claimAndStoreCheckin(db, c));
        after = alone.catch(() => undefined);
        return alone;
      },
      () => claimAndStoreCheckin(db, c),
    ),
  );
}

/**
 * The batch's statement and its rows by check-in. Async, so that whatever throws while the
 * statement is made (a value JSON cannot write) rejects it, and each check-in is stored alone.
 */
async function queryBatch(db: Queryable, batch: ReadonlyArray<{ c: CheckinByIdentity }>) {
  const items = batch.map(({ c }, idx) => ({
    idx,
    request_key: c.requestKey,
    now: c.now,
    round_id: c.roundId,
    form_member_id: c.formMemberId,
    niveau: c.samenwerkingsniveau,
    toelichting: c.toelichting,
    went_well: c.wentWell,
    raised: c.raised.map((k, i) => ({ ...k, slot: i + 1 })),
    platform: c.claim.platform,
    key: c.claim.key,
    expires: c.claim.expiresAt,
    id_platform: c.user.platform,
    workspace: c.user.workspace,
    user_id: c.user.userId,
  }));
  const sweep = batch.some(({ c }) => c.claim.sweep);
  const now = batch[0]!.c.claim.now;
  const { rows } = await db.query({
    ...(sweep ? BATCHED_WITH_SWEEP : BATCHED),
    values: [JSON.stringify(items), HANDLED_REQUEST_TTL_MS / 1000, ...(sweep ? [now] : [])],
  });
  return new Map(rows.map((row) => [row.idx as number, row]));
}

// $1 the check-ins (JSON), $2 the keys' window in seconds, $3 the request time for the sweep. With and
// without the sweep of expired keys: a parameter turning it off would have the statement planned anew on
// every call (see handledClaim); each text is prepared by name, so planned once per connection.
const batched = (sweep: boolean) => `WITH items AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(idx int, request_key text, now timestamptz, round_id uuid,
         form_member_id text, niveau numeric, toelichting text, went_well text, raised jsonb, platform text, key text,
         expires timestamptz, id_platform text, workspace text, user_id text)
     ), me AS (
       SELECT i.idx, m.id, m.region_id, m.name, m.organisation, m.domain, m.locale, m.locale_chosen,
              array_remove(array_agg(r.role ORDER BY r.role), NULL) AS roles
         FROM items i
         JOIN platform_identities p ON p.platform = i.id_platform AND p.workspace = i.workspace AND p.user_id = i.user_id
         JOIN members m ON m.id = p.member_id LEFT JOIN member_roles r ON r.member_id = m.id
        GROUP BY i.idx, m.id
     ), twin AS (
       SELECT later.idx FROM me later JOIN items l ON l.idx = later.idx
         JOIN me earlier ON earlier.id = later.id AND earlier.idx < later.idx
         JOIN items e ON e.idx = earlier.idx AND e.round_id = l.round_id
     ), access AS (
       SELECT i.idx AS item, ${roundAccessColumns('me.id')}, me.id AS member_id
         FROM items i JOIN checkin_rounds r ON r.id = i.round_id JOIN overleggen o ON o.id = r.overleg_id
         LEFT JOIN me ON me.idx = i.idx
     ), open AS (
       SELECT a.item AS idx, a.overleg_id, a.overleg_region_id, a.member_id FROM access a JOIN items i ON i.idx = a.item
        WHERE a.item NOT IN (SELECT idx FROM twin) AND a.in_werkgroep AND a.closed_at IS NULL AND i.now < a.closes_at
          AND (i.form_member_id IS NULL OR a.member_id::text = i.form_member_id)
     ), ${sweep ? SWEPT : ''} claimed AS (
       INSERT INTO handled_requests (platform, request_key, expires_at)
       SELECT i.platform, i.key, i.expires FROM open JOIN items i ON i.idx = open.idx ORDER BY i.platform, i.key
       ON CONFLICT (platform, request_key) DO UPDATE SET expires_at = EXCLUDED.expires_at
        WHERE handled_requests.expires_at < EXCLUDED.expires_at - make_interval(secs => $2)
       RETURNING platform, request_key
     ), won AS (
       SELECT i.idx FROM items i JOIN claimed c ON c.platform = i.platform AND c.request_key = i.key
     ), req AS (
       INSERT INTO processed_requests (key, processed_at)
       SELECT i.request_key, i.now FROM won JOIN items i ON i.idx = won.idx WHERE i.request_key IS NOT NULL
        ORDER BY i.request_key
       ON CONFLICT (key) DO NOTHING RETURNING key
     ), go AS (
       SELECT open.*, i.round_id, i.now, i.raised FROM open JOIN won ON won.idx = open.idx JOIN items i ON i.idx = open.idx
        WHERE i.request_key IS NULL OR i.request_key IN (SELECT key FROM req)
     ), answer AS (
       INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, went_well, submitted_at,
                                    updated_at)
       SELECT go.round_id, go.member_id, i.niveau, i.toelichting, i.went_well, go.now, go.now
         FROM go JOIN items i ON i.idx = go.idx ORDER BY go.round_id, go.member_id
       ${ANSWER_CHANGES}
       RETURNING 1
     ), raised AS (
       INSERT INTO knelpunten (overleg_id, region_id, description, category, oplossing, raised_in, raised_by, slot,
                               created_at, updated_at)
       SELECT go.overleg_id, go.overleg_region_id, k.description, k.category, k.oplossing, go.round_id, go.member_id,
              k.slot, go.now, go.now
         FROM go, jsonb_to_recordset(go.raised) AS k(description text, category text, oplossing text, slot int)
        ORDER BY go.round_id, go.member_id, k.slot
       ${KNELPUNT_CHANGES}
       RETURNING id, raised_in, raised_by, oplossing, updated_at, (xmax = 0) AS inserted
     ), history AS (
       INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
       SELECT id, raised_in, raised_by, 'raised', 'open', oplossing, updated_at FROM raised WHERE inserted
     ), dropped AS (
       DELETE FROM knelpunten WHERE id IN (
         SELECT k.id FROM knelpunten k JOIN go ON k.raised_in = go.round_id AND k.raised_by = go.member_id
          WHERE k.slot > jsonb_array_length(go.raised) ORDER BY k.raised_in, k.raised_by, k.slot FOR UPDATE OF k)
     )
     SELECT (SELECT to_jsonb(me) FROM me WHERE me.idx = i.idx) AS member, i.idx IN (SELECT idx FROM won) AS claimed,
            a.*, i.idx, i.idx IN (SELECT idx FROM open) AS open, i.idx IN (SELECT idx FROM go) AS stored,
            i.idx IN (SELECT idx FROM twin) AS twin
       FROM items i LEFT JOIN access a ON a.item = i.idx`;

const SWEPT = `swept AS (
       DELETE FROM handled_requests WHERE (platform, request_key) IN (
         SELECT platform, request_key FROM handled_requests WHERE expires_at < $3
            AND (platform, request_key) NOT IN (SELECT platform, key FROM items)
          ORDER BY platform, request_key FOR UPDATE SKIP LOCKED)
     ),`;
const BATCHED = { name: 'claim-and-store-checkins', text: batched(false) };
const BATCHED_WITH_SWEEP = { name: 'claim-sweep-and-store-checkins', text: batched(true) };
