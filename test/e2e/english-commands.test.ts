import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { onSlack, onTeams, startCheckinHarness } from '../support/checkin-harness.ts';
import { slashInOost } from '../support/slash-command.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'english-commands-secret';

/**
 * Ruben Hofstede (lid) and Hanneke (projectleider) chose English with `taal en`; Sanne did not.
 * The answers to their commands come in English, with the commands themselves still the Dutch
 * words; Sanne's stay Dutch. Werkgroep Oost meets every four weeks from Tuesday 6 October 2026.
 */
describe('English answers to text commands on Slack, over real HTTP', () => {
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startCheckinHarness({
      secret: SECRET,
      clock,
      platforms: ['slack'],
      members: [{ name: 'Sanne Kuipers', identity: onSlack('U0SANNE') }],
    });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);

  /** A command whose answer is personal: what Schakel sends to the member's direct message. */
  async function privately(userId: string, text: string): Promise<string> {
    const after = h.slack.calls.length;
    expect(await slash(userId, text)).toContain('I have sent you a private message.');
    const dm = await h.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === userId, {
      after,
    });
    return JSON.stringify(dm.body);
  }

  it('a member who typed "taal en" gets the meetings, the agenda and the series in English', async () => {
    expect(await slash('U0RUBEN', 'taal en')).toContain('Fine, from now on I write to you in English.');
    const next = await slash('U0RUBEN', 'volgende');
    expect(next).toContain('Next meetings');
    expect(next).toContain('Tuesday 6 October 2026, 14:00–15:30');
    expect(next).not.toContain('dinsdag');

    const agenda = await slash('U0RUBEN', 'agenda');
    expect(agenda).toContain('Agenda for Tuesday 6 October 2026, 14:00–15:30');
    expect(agenda).toContain(
      'No agenda items yet. Add one: /schakel agendapunt followed by your item. For example: /schakel agendapunt Evaluatie pilot IPS',
    );
    expect(agenda).not.toContain('&lt;text&gt;');
    expect(await slash('U0RUBEN', 'agendapunt Werkgeversontbijt bespreken')).toContain(
      'Noted for the meeting of Tuesday 6 October 2026, 14:00–15:30.',
    );

    const reeks = await slash('U0RUBEN', 'reeks');
    expect(reeks).toContain('First meeting');
    expect(reeks).toContain('Tuesday 6 October 2026 at 14:00');
    expect(reeks).toContain('4 weeks');
    expect(reeks).toContain('90 minutes');

    // Sanne did not choose: the same commands answer her in Dutch.
    expect(await slash('U0SANNE', 'volgende')).toContain('dinsdag 6 oktober 2026, 14:00–15:30');
    expect(await slash('U0SANNE', 'agenda')).toContain('Agenda voor dinsdag 6 oktober 2026');
  });

  it('actiepunten, klaar and the mistakes around them are answered in English', async () => {
    expect(await slash('U0RUBEN', 'actiepunt Folder IPS rondsturen')).toContain(
      'Action item noted, with you as its owner.',
    );
    const list = await slash('U0RUBEN', 'actiepunten');
    expect(list).toContain('Open action items');
    expect(list).toContain('#1 Folder IPS rondsturen — Ruben Hofstede');
    expect(list).toContain('Or type /schakel klaar &lt;number&gt;; a number stays with its action item.');
    expect(await slash('U0RUBEN', 'klaar 1')).toContain('Closed: #1 Folder IPS rondsturen.');
    expect(await slash('U0RUBEN', 'klaar 1')).toContain('Action item #1 was already closed');
    expect(await slash('U0RUBEN', 'klaar 9')).toContain(
      'There is no action item with number 9. Type /schakel actiepunten for the list.',
    );
    expect(await slash('U0RUBEN', 'actiepunten')).toContain('There are no open action items.');
    expect(await slash('U0RUBEN', 'klaar alles')).toContain(
      "I don't understand it like this. Use: /schakel klaar &lt;nummer uit de lijst van actiepunten&gt;",
    );
    expect(await slash('U0RUBEN', 'vliegtuig')).toContain(
      "I don't know that command. Type /schakel help to see what I can do.",
    );
    expect(await slash('U0SANNE', 'klaar 9')).toContain('Er is geen actiepunt met nummer 9.');
  });

  it('his own data (mijn-gegevens) and erasing it (vergeet-mij) are explained in English', async () => {
    const inzage = await privately('U0RUBEN', 'mijn-gegevens');
    expect(inzage).toContain('Your data in Schakel');
    expect(inzage).toContain('Ruben Hofstede');
    expect(inzage).toMatch(/Roles[^a-z]+werkgroep member/);
    expect(inzage).not.toMatch(/Roles[^a-z]+lid/);
    expect(inzage).toContain('1 action item');
    expect(inzage).toContain('Do you want it erased? Then type vergeet-mij.');
    const erase = await privately('U0RUBEN', 'vergeet-mij');
    expect(erase).toContain(
      'If you confirm, Schakel erases who you are (name, organisation, roles, accounts)',
    );
    expect(erase).toContain('Are you sure? Choose the button or type /schakel vergeet-mij bevestig');
  });

  it("the projectleider's commands answer her in English once she chose it", async () => {
    expect(await slash('U0HANNEKE', 'taal en')).toContain('Fine, from now on I write to you in English.');
    const settings = await slash('U0HANNEKE', 'herinneringen');
    expect(settings).toContain("This werkgroep's reminders");
    expect(settings).toContain('Call for agenda items');
    expect(await slash('U0HANNEKE', 'herinneringen weekend ja')).toContain('Reminders changed');
    // A reminder on the day of the meeting, an agenda call one day ahead: as people say it.
    const near = await slash('U0HANNEKE', 'herinneringen herinnering 0');
    expect(near).toContain('on the day itself at');
    expect(near).not.toContain('0 days before');
    expect(await slash('U0HANNEKE', 'herinneringen agenda 1')).toMatch(/1 day before at \d/);
    expect(await slash('U0HANNEKE', 'mislukt')).toContain('No failed messages.');
    expect(await slash('U0HANNEKE', 'vakantie Herfstvakantie 2026-10-17 t/m 2026-10-25')).toContain(
      'Noted for the whole region: Herfstvakantie from Saturday 17 October 2026 to Sunday 25 October 2026. No meeting falls in it now; one planned in it later gets a warning.',
    );
    expect(await slash('U0HANNEKE', 'checkin-dagen 5')).toContain(
      'From now on the check-in stays open for 5 days after each meeting.',
    );
    const moved = await slash('U0HANNEKE', 'verplaats 2026-11-03 naar 2026-11-05 10:00');
    expect(moved).toContain(
      'has moved to Thursday 5 November 2026 at 10:00. The reminders follow the new date.',
    );
    expect(moved).toContain('Thursday 5 November 2026, 10:00–11:30 (moved)');
    expect(await slash('U0HANNEKE', 'annuleer 2026-12-01')).toContain(
      'The meeting of Werkgroep Oost on Tuesday 1 December 2026 is cancelled.',
    );
    expect(await slash('U0HANNEKE', 'verplaats 2026-10-07 naar 2026-10-08')).toContain(
      'This werkgroep has no meeting on Wednesday 7 October 2026.',
    );
    expect(await slash('U0HANNEKE', 'logboek')).toContain('Audit log (last 20)');
    // A meeting in a holiday period: the warning and its one-tap proposal in English too.
    await slash('U0HANNEKE', 'vakantie Kerstvakantie 2026-12-19 t/m 2027-01-03');
    const next = await slash('U0HANNEKE', 'volgende');
    expect(next).toContain(
      'The meeting of Tuesday 29 December 2026 falls in the holiday Kerstvakantie (Saturday 19 December 2026 to Sunday 3 January 2027). Proposal: Monday 4 January 2027 at 14:00.',
    );
    expect(next).toContain('"text":"Take the proposal (4 January)"');
    const stuurgroep = await slash('U0HANNEKE', 'stuurgroep 2026-12-10');
    expect(stuurgroep).toContain('Noted: stuurgroep on Thursday 10 December 2026.');
    expect(stuurgroep).toContain('Coming stuurgroep meetings');
    expect(stuurgroep).toContain(
      'draft on Monday 30 November 2026, about the second tertiaal of 2026 (May to August)',
    );
  });
});

describe('English answers to text commands on Teams, over real HTTP', () => {
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startCheckinHarness({
      clock,
      platforms: ['teams'],
      members: [{ name: 'Lotte Brummelman', identity: onTeams('29:lotte') }],
    });
  });
  afterAll(async () => h?.stop());

  /** A message typed to Schakel in the member's personal chat, from a Dutch Teams client. */
  const say = (userId: string, text: string) => sayInPersonalChat(h, userId, text, 'nl-NL');

  it('after "taal en" his own choice beats the Dutch client: meetings, actiepunten, his data in English', async () => {
    expect(await say('29:ruben', 'volgende')).toContain('Volgende bijeenkomsten');
    expect(await say('29:ruben', 'taal en')).toContain('Fine, from now on I write to you in English.');
    const next = await say('29:ruben', 'volgende');
    expect(next).toContain('Next meetings');
    expect(next).toContain('Tuesday 6 October 2026, 14:00–15:30');
    expect(await say('29:ruben', 'actiepunt Convenant delen met de FG')).toContain('Action item noted');
    expect(await say('29:ruben', 'actiepunten')).toContain('#1 Convenant delen met de FG — Ruben Hofstede');
    expect(await say('29:ruben', 'mijn-gegevens')).toContain('Your data in Schakel');
    expect(await say('29:ruben', 'vliegtuig')).toContain("I don't know that command. Type help");
    expect(await say('29:lotte', 'volgende')).toContain('Volgende bijeenkomsten');
  });
});
