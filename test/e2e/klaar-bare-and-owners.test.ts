import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addMember } from '../support/fixtures.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-klaar-kaal';
const clock = manualClock('2026-03-16T09:00:00Z');

const RUBENS = ['Contactpersonen UWV verzamelen', 'Folder IPS rondsturen', 'Nieuwsbrief schrijven'];
const HANNEKES = ['Convenant delen met de FG', 'Werkgeversontbijt plannen', 'Evaluatie pilot plannen'];

type Option = { text: { text: string }; value: string };

/**
 * `klaar` typed without a number answers with the open actiepunten and their Klaar choice (as
 * `actiepunten` does), not "Zo begrijp ik het niet"; each option of "Welk actiepunt is klaar?"
 * names its owner. Only what the policy lets the member finish has a Klaar: the projectleider may
 * finish any (a choice of all six), a lid only their own (a button each).
 */
describe('klaar without a number, and whose actiepunt each choice is', () => {
  let h: WerkgroepHarness;
  const say = (user: string, text: string) => slashInOost(h, SECRET, user, text);
  const options = (answer: string): string[] =>
    (JSON.parse(answer).blocks as Array<{ type: string; element?: { options?: Option[] } }>).flatMap(
      (b) => b.element?.options?.map((o) => o.text.text) ?? [],
    );

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    for (const t of RUBENS) await say('U0RUBEN', `actiepunt ${t}`);
    for (const t of HANNEKES) await say('U0HANNEKE', `actiepunt ${t}`);
  });
  afterAll(async () => h?.stop());

  it('bare `klaar`: the open actiepunten with "Welk actiepunt is klaar?", not the usage', async () => {
    const answer = await say('U0HANNEKE', 'klaar');
    expect(answer).not.toContain('Zo begrijp ik het niet');
    expect(answer).toContain('Open actiepunten');
    expect(answer).toContain('Welk actiepunt is klaar?');
    expect(answer).toContain('Of typ /schakel klaar');
  });

  it('each option names its owner; a lid gets Klaar on their own actiepunten only', async () => {
    const shown = options(await say('U0HANNEKE', 'klaar'));
    expect(shown).toEqual([
      ...RUBENS.map((t, i) => `#${i + 1} ${t} — Ruben Hofstede`),
      ...HANNEKES.map((t, i) => `#${i + 4} ${t} — Hanneke Wiggers`),
    ]);
    expect(options(await say('U0HANNEKE', 'actiepunten'))).toEqual(shown);
    const rubens = await say('U0RUBEN', 'actiepunten');
    // All six listed with their owners; a button for each of his three, none for Hanneke's.
    for (const t of HANNEKES) expect(rubens).toContain(`${t} — Hanneke Wiggers`);
    const buttons = (JSON.parse(rubens).blocks as Array<{ elements?: Array<{ text?: { text: string } }> }>)
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.text?.text)
      .filter((t) => t?.startsWith('Klaar'));
    expect(buttons).toEqual(['Klaar #1', 'Klaar #2', 'Klaar #3']);
  });

  it("a long description is shortened, never its owner's name", async () => {
    const long = `Overzicht van alle werkgevers in de regio maken en delen met de werkgroep en de stuurgroep`;
    await say('U0RUBEN', `actiepunt ${long}`);
    const last = options(await say('U0HANNEKE', 'klaar')).at(-1) ?? '';
    expect(last).toMatch(/^#7 Overzicht van alle werkgevers.*… — Ruben Hofstede$/);
    expect(last.length).toBeLessThanOrEqual(75);
  });

  it("another's actiepunt is still refused to a lid; the projectleider may finish any", async () => {
    expect(await say('U0RUBEN', 'klaar 4')).toContain('eigenaar');
    expect(await say('U0HANNEKE', 'klaar 1')).toContain('Afgerond: #1 Contactpersonen UWV verzamelen.');
  });

  it('someone of another region hears they are not a member here, nothing about the actiepunt', async () => {
    await addMember(h.tdb.db, {
      regionId: 'andere-regio',
      name: 'Gert Willemsen',
      roles: ['lid', 'projectleider'],
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0GERT' }],
    });
    const open = await say('U0GERT', 'klaar 5');
    expect(open).toContain('Je bent geen lid van deze werkgroep');
    expect(open).not.toContain('eigenaar');
    const done = await say('U0GERT', 'klaar 1');
    expect(done).toContain('Je bent geen lid van deze werkgroep');
    expect(done).not.toContain('Contactpersonen');
    expect(await say('U0RUBEN', 'klaar')).toContain('Werkgeversontbijt plannen');
  });

  it('bare `klaar` with nothing open says so', async () => {
    for (const n of [2, 3, 4, 5, 6, 7]) await say('U0HANNEKE', `klaar ${n}`);
    expect(await say('U0RUBEN', 'klaar')).toContain('Er staan geen open actiepunten.');
  });
});
