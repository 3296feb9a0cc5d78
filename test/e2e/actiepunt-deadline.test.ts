import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deadlineOf } from '../support/actiepunt-deadline.ts';
import { addMember } from '../support/fixtures.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-deadline-commando';

/**
 * `deadline <n> <datum>` sets or changes an open actiepunt's deadline, `deadline <n> geen` removes
 * it, on Slack and on Teams; whoever may finish the actiepunt may change it. What cannot be done is
 * refused saying what to do, and nothing changes. Sunday 6 December 2026.
 */
describe('deadline: an actiepunt’s deadline set, changed or removed afterwards', () => {
  let h: WerkgroepHarness;
  const clock = manualClock('2026-12-06T10:00:00Z');
  const slack = (user: string, text: string) => slashInOost(h, SECRET, user, text);
  const teams = (text: string) => sayInPersonalChat(h, '29:ruben', text, 'nl-NL');
  const due = (n: number) => deadlineOf(h, n);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await slack('U0RUBEN', 'actiepunt Verslag rondsturen');
    await slack('U0HANNEKE', 'actiepunt Zaal reserveren tot 10 december');
    await addMember(h.tdb.db, {
      name: 'Kees Buiten',
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0KEES' }],
    });
  });
  afterAll(async () => h?.stop());

  it('Slack: the owner sets one; the answer names the actiepunt, the whole date and the owner', async () => {
    expect(await slack('U0RUBEN', 'deadline 1 18 december')).toContain(
      'De deadline van actiepunt #1 Verslag rondsturen is nu vrijdag 18 december 2026. Eigenaar: Ruben Hofstede.',
    );
    expect(await due(1)).toBe('2026-12-18');
    expect(await slack('U0RUBEN', 'actiepunten')).toContain(
      '#1 Verslag rondsturen — Ruben Hofstede (uiterlijk vrijdag 18 december 2026)',
    );
  });

  it('Teams: changed as people write a date, then removed with "geen"', async () => {
    expect(await teams('deadline 1 over twee weken')).toContain(
      'De deadline van actiepunt #1 Verslag rondsturen is nu zondag 20 december 2026. Eigenaar: Ruben Hofstede.',
    );
    expect(await due(1)).toBe('2026-12-20');
    // With the word people put before a date, as after "actiepunt … tot".
    expect(await teams('deadline 1 tot over twee weken')).toContain('is nu zondag 20 december 2026');
    expect(await teams('deadline 1 geen')).toContain(
      'Actiepunt #1 Verslag rondsturen heeft geen deadline meer. Eigenaar: Ruben Hofstede.',
    );
    expect(await due(1)).toBeNull();
  });

  it('the projectleider may change anyone’s; a lid not its owner is refused and nothing changes', async () => {
    expect(await slack('U0RUBEN', 'deadline 2 18 december')).toContain(
      'Alleen de eigenaar of de projectleider kan dit actiepunt afronden of de deadline ervan wijzigen.',
    );
    expect(await due(2)).toBe('2026-12-10');
    expect(await slack('U0HANNEKE', 'deadline 1 21 december')).toContain(
      'De deadline van actiepunt #1 Verslag rondsturen is nu maandag 21 december 2026. Eigenaar: Ruben Hofstede.',
    );
    expect(await due(1)).toBe('2026-12-21');
  });

  it('someone not in the werkgroep, or unknown to Schakel: refused with what to do, nothing changed', async () => {
    const outsider = await slack('U0KEES', 'deadline 1 geen');
    expect(outsider).toContain(
      'Je bent geen lid van deze werkgroep. Vraag de projectleider om je toe te voegen.',
    );
    expect(outsider).not.toContain('Verslag rondsturen');
    expect(await slack('U0ONBEKEND', 'deadline 1 geen')).toContain('Ik ken je nog niet');
    expect(await due(1)).toBe('2026-12-21');
  });

  it('an unknown number, or an actiepunt already klaar: said so with what to type', async () => {
    expect(await slack('U0RUBEN', 'deadline 9 18 december')).toContain(
      'Er is geen actiepunt met nummer 9. Typ /schakel actiepunten voor de lijst.',
    );
    await slack('U0HANNEKE', 'klaar 2');
    expect(await slack('U0HANNEKE', 'deadline 2 18 december')).toContain(
      'Actiepunt #2 is al afgerond (Zaal reserveren), dus de deadline is niet gewijzigd. Typ /schakel actiepunten voor de open actiepunten.',
    );
    expect(await due(2)).toBe('2026-12-10');
  });

  it('a date that cannot be read, or is past: refused as after "tot", the deadline unchanged', async () => {
    const unread = await slack('U0RUBEN', 'deadline 1 18 dcmbr');
    expect(unread).toContain('Die datum kan ik niet lezen, dus de deadline van #1 is niet gewijzigd.');
    expect(unread).toContain('/schakel deadline 1 15 januari');
    expect(unread).not.toContain('dcmbr');
    // One slip in the month's name: the date meant asked after, typed in full.
    const slip = await slack('U0RUBEN', 'deadline 1 18 decembr');
    expect(slip).toContain('Bedoel je 18 december? Typ dan /schakel deadline 1 18 december.');
    expect(slip).not.toContain('decembr');
    expect(await slack('U0RUBEN', 'deadline 1 3 december')).toContain(
      'De datum donderdag 3 december 2026 ligt in het verleden. Kies een datum vanaf vandaag; bedoel je volgend jaar, typ dan',
    );
    expect(await slack('U0RUBEN', 'deadline 1 30 februari')).toContain('30 februari bestaat niet.');
    expect(await slack('U0RUBEN', 'deadline 1')).toContain(
      'Zo begrijp ik het niet. Gebruik: /schakel deadline &lt;nummer&gt; &lt;datum&gt;|geen. Een &lt;datum&gt; schrijf je',
    );
    expect(await due(1)).toBe('2026-12-21');
  });

  it('help names it beside actiepunt and klaar', async () => {
    expect(await slack('U0RUBEN', 'help alles')).toContain(
      '*/schakel deadline &lt;nummer&gt; &lt;datum&gt;|geen* — de deadline van je actiepunt zetten of wijzigen; met geen haal je hem weg',
    );
  });
});
