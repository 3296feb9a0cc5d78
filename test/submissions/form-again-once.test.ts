import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoundForInvite } from '../../src/checkin/open-round.ts';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { createLogger } from '../../src/logger.ts';
import { inputFields } from '../../src/messages/forms/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';
import { checkinStore } from '../../src/store/checkin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-05T06:00:00Z');
const RUBEN = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0RUBEN' };
const REFUSED = 'Klant met BSN 123456782 is geplaatst';

/**
 * A form that comes back with problems is scanned by the privacy guard once: the scan that named
 * the client data beside its field is the one that empties it (a long text is not read twice).
 */
describe('a form shown again asks the guard once', () => {
  let tdb: TestDatabase;
  let core: Core;
  let roundId: string;
  const scans: string[] = [];

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' });
    const real = createGuard({ now: () => clock.now() });
    const counting = {
      check(fields: Record<string, string | undefined>) {
        if (Object.values(fields).includes(REFUSED)) scans.push('went_well');
        real.check(fields);
      },
    };
    core = createCore({ db: tdb.db, clock, logger: createLogger('silent'), guard: counting });
    await core.rhythm.createSeries(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
    clock.set('2026-10-06T13:31:00Z');
    const stored = await findSeries(tdb.db.pool, w.overlegId);
    const occurrence = findOccurrence(defineSeries(stored!.definition), '2026-10-06T14:00')!;
    roundId = (await openRoundForInvite(checkinStore(tdb.db), w.overlegId, occurrence, clock.now())).id;
  });
  afterAll(async () => tdb?.drop());

  it('a missing level and a BSN: both named, the BSN field emptied, the text scanned once', async () => {
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', roundId);
    scans.length = 0;
    const outcome = await core.forms.submit(RUBEN, 'checkin', form.privateMetadata, {
      samenwerkingsniveau: '11',
      went_well: REFUSED,
    });
    if (outcome.kind !== 'again') throw new Error(`expected the form again, got ${outcome.kind}`);
    expect(outcome.form.problems?.map((p) => [p.field, p.emptied ?? false]).sort()).toEqual([
      ['samenwerkingsniveau', false],
      ['went_well', true],
    ]);
    expect(inputFields(outcome.form).find((f) => f.id === 'went_well')?.initial).toBeUndefined();
    expect(scans).toEqual(['went_well']);
  });
});
