import type { PlatformUser } from '../../src/domain/members.ts';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import type { CheckinByIdentity } from '../../src/store/checkin-submit-repo.ts';
import type { Database, Queryable } from '../../src/store/database.ts';
import { HANDLED_REQUEST_TTL_MS } from '../../src/store/handled-requests-repo.ts';
import { openTuesdayRound } from './checkin-fixture.ts';
import { addMember } from './fixtures.ts';
import { seedWerkgroep } from './rhythm-fixture.ts';

/** A Slack user of workspace T1, the workspace of seedBatchRound. */
export const slackUser = (userId: string) => ({ platform: 'slack' as const, workspace: 'T1', userId });

/**
 * The werkgroep of seedWerkgroep with its open round and four more members, "Lid <user id>":
 * U0VUL1 and U0VUL2, who share a statement with the check-ins a test is about, and U0ANNA and
 * U0BRAM. The round's id.
 */
export async function seedBatchRound(db: Database): Promise<string> {
  const w = await seedWerkgroep(db, { slackTeam: 'T1', slackChannel: 'C1' });
  const roundId = (await openTuesdayRound(db, w.overlegId)).id;
  for (const userId of ['U0VUL1', 'U0VUL2', 'U0ANNA', 'U0BRAM']) {
    await addMember(db, {
      name: `Lid ${userId}`,
      identities: [slackUser(userId)],
      overleg: 'Werkgroep Oost',
    });
  }
  return roundId;
}

const REQUEST_TIME = new Date('2026-10-06T15:00:00Z');

/** A check-in for the round of openTuesdayRound, its replay key `key` handed on without a sweep. */
export function batchCheckin(
  roundId: string,
  user: PlatformUser,
  key: string,
  changes: Partial<CheckinByIdentity> = {},
): CheckinByIdentity {
  return {
    user,
    formMemberId: null,
    claim: {
      platform: user.platform,
      key,
      now: REQUEST_TIME,
      expiresAt: new Date(REQUEST_TIME.getTime() + HANDLED_REQUEST_TTL_MS),
      sweep: false,
      replayed: () => undefined,
    },
    requestKey: `${user.platform}:${user.userId}:${key}`,
    now: REQUEST_TIME,
    roundId,
    samenwerkingsniveau: 3,
    toelichting: `Antwoord van ${user.userId}` as GuardedText,
    wentWell: null,
    raised: [
      {
        description: `Knelpunt van ${user.userId}` as GuardedText,
        category: 'tijd-capaciteit',
        oplossing: null,
      },
    ],
    ...changes,
  };
}

/** What a statement sent through `recording` did: its name, the columns it returned, or its error. */
export interface Sent {
  readonly name: string | undefined;
  readonly columns?: string[];
  readonly error?: Error & { code?: string };
}

/**
 * `db`, recording every statement sent through it; `hold(name)` keeps statements of that name
 * back until the returned function is called.
 */
export function recording(db: Queryable) {
  const sent: Sent[] = [];
  const held = new Map<string, Promise<void>>();
  const query = (async (config: { name?: string; text: string; values?: unknown[] }) => {
    await held.get(config.name ?? '');
    try {
      const result = await db.query(config);
      sent.push({ name: config.name, columns: result.fields.map((f) => f.name) });
      return result;
    } catch (error) {
      sent.push({ name: config.name, error: error as Sent['error'] });
      throw error;
    }
  }) as unknown as Queryable['query'];
  return {
    db: { query } as Queryable,
    sent,
    hold(name: string): () => void {
      const { promise, resolve } = Promise.withResolvers<void>();
      held.set(name, promise);
      return () => resolve();
    },
  };
}
