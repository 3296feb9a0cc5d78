import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgendaCommands } from '../../src/agenda/agenda.ts';
import { manualClock } from '../../src/clock.ts';
import { reminderMessage } from '../../src/messages/meeting-messages.ts';
import { plainText } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { agendaStore, openActiepuntenOfMany } from '../../src/store/agenda-repo.ts';
import { myActiepunten } from '../../src/store/home-repo.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { meeting } from '../messages/meeting-fixture.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * A removed actiepunt is in no reminder and no overview: the scheduler's batch read and the
 * member's own list leave it out, and the reminder's Schrap buttons ask before they act.
 */
describe('a removed actiepunt, as the reminder and the overview read them', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());

  it('leaves the reminder and the overview; the reminder offers Schrap for the others, asking first', async () => {
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    const agenda = createAgendaCommands({
      store: agendaStore(tdb.db),
      clock: manualClock('2026-10-01T09:00:00Z'),
      guard: createGuard(),
    });
    const ruben = await findMember(tdb.db.pool, w.rubenId);
    const add = (description: string) =>
      agenda.addActiepunt(ruben, w.overlegId, { description, ownerId: w.rubenId, dueDate: null });
    const { id: typo } = await add('Werkgevesontbijt plannen');
    await add('Werkgeversontbijt plannen');
    expect(await agenda.removeActiepunt(ruben, typo, 1)).toBe(true);
    expect(await agenda.removeActiepunt(ruben, typo, 1)).toBe(false);
    expect(await agenda.markActiepuntDone(ruben, typo)).toBe(false);

    const open = (await openActiepuntenOfMany(tdb.db.pool, [w.overlegId])).get(w.overlegId) ?? [];
    expect(open.map((a) => a.description)).toEqual(['Werkgeversontbijt plannen']);
    expect((await myActiepunten(tdb.db.pool, w.rubenId)).map((a) => a.description)).toEqual([
      'Werkgeversontbijt plannen',
    ]);

    const card = reminderMessage({ ...meeting([]), actiepunten: open }, '2026-10-05');
    expect(plainText(card)).not.toContain('Werkgevesontbijt');
    const buttons = card.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
    expect(buttons.map((b) => b.label)).toEqual(['Klaar #2', 'Schrap #2']);
    expect(buttons[1]?.confirm).toMatchObject({ title: 'Actiepunt #2 schrappen?', yes: 'Ja, schrappen' });
  });
});
