import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../src/digest/make-draft.ts';
import { tertiaalPeriod } from '../../src/digest/stuurgroep-period.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { personalDataStore } from '../../src/store/personal-data-repo.ts';
import { databaseText } from '../support/database-text.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

/** Member 0's "wat ging goed" of July 2026 (fixture.ts), in the 2026-T2 digest until they are erased. */
const ANOUKS_SUCCESS = 'Eerste gezamenlijke casusbespreking gehouden';

/**
 * A draft is being made (its figures read, its summary being written by a slow AI model) when a
 * member erases themselves. The erasure withdraws the drafts there are; the draft being made must
 * not land afterwards with the erased member's answers in it.
 */
describe('a digest draft made while a member is erased', () => {
  let tdb: TestDatabase;
  let members: string[];

  beforeAll(async () => {
    tdb = await createTestDatabase();
    ({ members } = await insertDigestFixture(tdb.db));
  });
  afterAll(async () => tdb?.drop());

  it('is made without them: what it read before the erasure is not written', async () => {
    const period = tertiaalPeriod(parseTertiaal('2026-T2')!);
    const { promise: started, resolve: summarising } = Promise.withResolvers<void>();
    const { promise: gate, resolve: finish } = Promise.withResolvers<void>();
    const summarised: DigestDocument[] = [];
    const summarise = async (document: DigestDocument) => {
      summarised.push(document);
      summarising();
      await gate;
      return 'Samenvatting van het model.';
    };
    const making = makeDraft(
      { store: digestStore(tdb.db), summarise },
      REGION,
      period,
      members[1]!,
      new Date('2026-09-10T08:00:00Z'),
    );
    // The figures are read, Anouk's success among them; the model is writing.
    await started;
    expect(JSON.stringify(summarised[0])).toContain(ANOUKS_SUCCESS);
    await personalDataStore(tdb.db).transaction((tx) => tx.eraseMember(members[0]!));
    finish();

    const draft = await making;
    expect(draft.status).toBe('draft');
    expect(JSON.stringify(draft.document)).not.toContain(ANOUKS_SUCCESS);
    // Made again from the figures without her, summary included.
    expect(JSON.stringify(summarised.at(-1))).not.toContain(ANOUKS_SUCCESS);
    expect(await databaseText(tdb.db)).not.toContain(ANOUKS_SUCCESS);
  });

  // Only a server runs two transactions side by side; PGlite has one connection, taken in turn.
  it.runIf(process.env.TEST_DATABASE_URL)(
    'waits for an erasure still under way, and is then made without them (PostgreSQL)',
    async () => {
      // Member 1's "wat ging goed" of 1 September 2026, in 2026-T3 (fixture.ts).
      const success = 'Na de periode';
      const { promise: inErasure, resolve: erased } = Promise.withResolvers<void>();
      const { promise: committing, resolve: commit } = Promise.withResolvers<void>();
      const erasure = personalDataStore(tdb.db).transaction(async (tx) => {
        await tx.eraseMember(members[1]!);
        erased();
        await committing;
      });
      await inErasure;
      let settled = false;
      const making = makeDraft(
        { store: digestStore(tdb.db) },
        REGION,
        tertiaalPeriod(parseTertiaal('2026-T3')!),
        members[5]!,
        new Date('2026-11-10T08:00:00Z'),
      ).finally(() => {
        settled = true;
      });
      // It read the member (their erasure is not committed yet) and now waits for the region the
      // erasure holds; were the erasure not to hold it, the draft would be written already.
      await waitFor('het concept dat op het wissen wacht', async () => {
        if (settled) return true;
        const { rows } = await tdb.db.pool.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows.length > 0;
      });
      commit();
      await erasure;
      const draft = await making;
      expect(JSON.stringify(draft.document)).not.toContain(success);
      expect(await databaseText(tdb.db)).not.toContain(success);
    },
  );
});
