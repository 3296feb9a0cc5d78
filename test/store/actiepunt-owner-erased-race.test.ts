import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgendaCommands } from '../../src/agenda/agenda.ts';
import { manualClock } from '../../src/clock.ts';
import { InvalidInput } from '../../src/domain/errors.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { agendaStore } from '../../src/store/agenda-repo.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { eraseMember } from '../../src/store/personal-data-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * An actiepunt given to a member who is erased at that very moment: the membership check still
 * saw them, the insert no longer can. The projectleider hears the owner is no member, as when the
 * check had seen it, not the general error; nothing is noted.
 */
describe('an actiepunt whose owner is erased between the check and the insert', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  it('is refused with the owner-not-a-member words, and nothing is noted', async () => {
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    const store = agendaStore(tdb.db);
    // The erasure lands right after the membership check said yes.
    const racing = {
      ...store,
      read: {
        ...store.read,
        isOverlegMember: async (overlegId: string, memberId: string) => {
          const member = await store.read.isOverlegMember(overlegId, memberId);
          if (memberId === w.rubenId) await eraseMember(tdb.db.pool, memberId);
          return member;
        },
      },
    };
    const agenda = createAgendaCommands({
      store: racing,
      clock: manualClock('2026-10-01T09:00:00Z'),
      guard: createGuard(),
    });
    const projectleider = await findMember(tdb.db.pool, w.projectleiderId);
    const given = agenda.addActiepunt(projectleider, w.overlegId, {
      description: 'Werkgeversontbijt plannen',
      ownerId: w.rubenId,
      dueDate: null,
    });
    await expect(given).rejects.toBeInstanceOf(InvalidInput);
    await expect(given).rejects.toMatchObject({
      problems: [{ field: 'eigenaar', message: 'De eigenaar moet lid zijn van dit overleg.' }],
    });
    const { rows } = await tdb.db.pool.query(
      'SELECT count(*)::int AS n FROM actiepunten WHERE overleg_id = $1',
      [w.overlegId],
    );
    expect(rows[0].n).toBe(0);
  });
});
