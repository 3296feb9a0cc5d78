import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/domain/members.ts';
import { COMMAND_ACTION } from '../../src/messages/commands.ts';
import { homeMessage } from '../../src/messages/home.ts';
import { withLocale } from '../../src/messages/locale.ts';

const ruben: Member = {
  id: '00000000-0000-4000-8000-000000000002',
  regionId: 'achterhoek',
  name: 'Ruben Kleinjan',
  organisation: 'GGNet',
  domain: 'ggz',
  roles: ['lid'],
};

const overview = (openRounds: number, commandButtons?: boolean) =>
  homeMessage({
    member: ruben,
    werkgroepen: [{ name: 'Werkgroep Oost', next: null }],
    stuurgroepen: [],
    openRounds: Array.from({ length: openRounds }, () => ({
      werkgroep: 'Werkgroep Oost',
      closes: 'dinsdag 29 december 2026 om 15:30',
    })),
    actiepunten: [],
    prefix: '/schakel ',
    ...(commandButtons === undefined ? {} : { commandButtons }),
  });

/** The buttons of the overview that run a command, as `label → command`. */
const commandButtons = (m: ReturnType<typeof homeMessage>) =>
  m.blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.actions.filter((a) => a.id === COMMAND_ACTION).map((a) => `${a.label} → ${a.value}`)
      : [],
  );

/**
 * The overview with an open check-in: the line says how to open it where the member reads it (not
 * "in het kanaal van de werkgroep"), and a button opens it, except where a pressed command has no
 * message to answer in (the Slack App Home).
 */
describe('the overview names an open check-in and opens it', () => {
  it('one button "Check-in invullen" under open check-ins; none when nothing is open', () => {
    expect(commandButtons(overview(1))).toEqual(['Check-in invullen → checkin']);
    expect(commandButtons(overview(2))).toEqual(['Check-in invullen → checkin']);
    expect(commandButtons(overview(0))).toEqual([]);
    expect(JSON.stringify(overview(1))).toContain(
      'Werkgroep Oost — invullen kan tot dinsdag 29 december 2026 om 15:30 (typ /schakel checkin)',
    );
    expect(JSON.stringify(overview(1))).not.toContain('kanaal');
  });

  it('the Slack App Home, where nothing can be typed: the line says where to type it, without the button', () => {
    expect(commandButtons(overview(1, false))).toEqual([]);
    expect(JSON.stringify(overview(1, false))).toContain(
      '(typ /schakel checkin in een kanaal of chat met Schakel)',
    );
    expect(JSON.stringify(withLocale('en', () => overview(1, false)))).toContain(
      '(type /schakel checkin in a channel or chat with Schakel)',
    );
  });
});

describe('the overview of someone Schakel does not know', () => {
  const stranger = () =>
    homeMessage({
      member: null,
      werkgroepen: [],
      stuurgroepen: [],
      openRounds: [],
      actiepunten: [],
      prefix: '',
    }).fallback;

  it('welcomes them and says what to do, without asking a newcomer whether they were erased', () => {
    expect(stranger()).toBe(
      'Welkom bij Schakel. Ik ken je nog niet: vraag je projectleider om je aan je werkgroep te koppelen; daarna kun je meteen verder.',
    );
    expect(withLocale('en', stranger)).not.toContain('vergeet-mij');
  });
});
