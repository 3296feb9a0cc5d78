import { describe, expect, it } from 'vitest';
import type { Member, Role } from '../../src/domain/members.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { helpMessage } from '../../src/messages/help.ts';
import { withLocale } from '../../src/messages/locale.ts';

const member = (roles: Role[]): Member => ({
  id: '00000000-0000-4000-8000-000000000001',
  regionId: 'achterhoek',
  name: 'Mila Verbeek',
  organisation: 'Gemeente Voorbeeld',
  domain: 'gemeente',
  roles,
});

/** The commands the help lists, as the member reads them. */
const listed = (roles: Role[] | null) =>
  JSON.stringify(
    helpMessage({
      member: roles ? member(roles) : null,
      overleggen: [],
      commandPrefix: '/schakel ',
      all: true,
    }),
  );

/** The short help: its buttons as the member sees them, with the command each runs. */
const shortcuts = (roles: Role[], commandPrefix = '/schakel ') => {
  const m = helpMessage({ member: member(roles), overleggen: ['Werkgroep Oost'], commandPrefix });
  return {
    message: m,
    buttons: m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => [a.label, a.value]) : [])),
  };
};

describe('help: the five things a role does most, one tap each', () => {
  it('a lid gets the check-in first, then the meeting, agenda, actiepunten and their data', () => {
    const { buttons, message } = shortcuts(['lid']);
    expect(buttons).toEqual([
      ['Check-in invullen', 'checkin'],
      ['Volgende bijeenkomsten', 'volgende'],
      ['Agenda', 'agenda'],
      ['Open actiepunten', 'actiepunten'],
      ['Mijn gegevens', 'mijn-gegevens'],
      ['Alle commando’s', 'help alles'],
    ]);
    // Short: a greeting, the buttons, the whole list behind one more, and one note; not 30 lines of syntax.
    expect(message.blocks.map((b) => b.type)).toEqual(['text', 'actions', 'actions', 'note']);
    expect(message.fallback).toContain('Je doet mee in: Werkgroep Oost.');
    expect(message.fallback).not.toContain('help');
  });

  it('a projectleider gets the digest and set-up first; a stuurgroeplid the latest digest', () => {
    expect(shortcuts(['projectleider', 'lid']).buttons.map(([, c]) => c)).toEqual([
      'samenvatting',
      'nieuwe-werkgroep',
      'volgende',
      'checkin',
      'actiepunten',
      'help alles',
    ]);
    expect(shortcuts(['stuurgroeplid']).buttons.map(([, c]) => c)).toEqual([
      'samenvatting laatste',
      'mijn-gegevens',
      'help alles',
    ]);
  });

  it('says how to type a command in the platform’s own way', () => {
    const note = (prefix: string) =>
      JSON.stringify(shortcuts(['lid'], prefix).message.blocks.find((b) => b.type === 'note'));
    expect(note('/schakel ')).toContain('bijvoorbeeld /schakel volgende of /schakel help alles');
    expect(note('@Schakel ')).toContain('bijvoorbeeld @Schakel volgende');
    expect(note('')).toContain('bijvoorbeeld volgende of help alles');
    expect(note('@Schakel ')).not.toContain('/schakel');
  });

  it('a stuurgroeplid (in her stuurgroep, no werkgroep) is not told to try volgende, which answers only for a werkgroep', () => {
    const note = (locale: 'nl' | 'en') =>
      withLocale(locale, () =>
        JSON.stringify(
          helpMessage({
            member: member(['stuurgroeplid']),
            overleggen: ['Stuurgroep Achterhoek'],
            commandPrefix: '',
          }).blocks.find((b) => b.type === 'note'),
        ),
      );
    expect(note('nl')).toContain('bijvoorbeeld samenvatting laatste of help alles');
    expect(note('nl')).not.toContain('volgende');
    expect(note('en')).toContain('for example samenvatting laatste for the latest summary');
  });
});

describe('help lists what the member may do, and nothing they may not', () => {
  it('a lid sees the werkgroep commands, not the projectleider tools', () => {
    const text = listed(['lid']);
    expect(text).toContain('/schakel checkin');
    expect(text).not.toContain('/schakel nieuwe-werkgroep');
    expect(text).not.toContain('/schakel stuurgroep');
    expect(text).not.toContain('/schakel landelijk');
  });

  it('a projectleider sees set-up, the stuurgroep calendar and the digest', () => {
    const text = listed(['projectleider', 'lid']);
    for (const command of ['nieuwe-werkgroep', 'koppel', 'stuurgroep instellingen', 'samenvatting laatste']) {
      expect(text).toContain(`/schakel ${command}`);
    }
    expect(text).not.toContain('Voor de beheerder');
  });

  it('samenvatting laatste stands with the other stuurgroep commands, not in a table of its own', () => {
    const tables = (roles: Role[]) =>
      helpMessage({ member: member(roles), overleggen: [], commandPrefix: '/schakel ', all: true }).blocks;
    const tableWith = (blocks: ReturnType<typeof tables>, label: string) =>
      blocks.filter((b) => b.type === 'facts' && b.facts.some((f) => f.label === label));
    const projectleider = tables(['projectleider', 'lid']);
    const [table, ...others] = tableWith(projectleider, '/schakel samenvatting laatste');
    expect(others).toEqual([]);
    const labels = table?.type === 'facts' ? table.facts.map((f) => f.label) : [];
    expect(labels).toEqual(expect.arrayContaining(['/schakel samenvatting', '/schakel stuurgroep']));
    // A stuurgroeplid reads it under a heading that says whom it is for, as the other tables do.
    const stuurgroeplid = tables(['stuurgroeplid']);
    const own = stuurgroeplid.findIndex(
      (b) => b.type === 'facts' && b.facts.some((f) => f.label === '/schakel samenvatting laatste'),
    );
    expect(own).toBeGreaterThan(0);
    expect(stuurgroeplid[own - 1]).toEqual({ type: 'text', text: 'Voor de stuurgroep:' });
  });

  it('herinneringen is typed as the settings card says under the settings, in either language', () => {
    const settings = 'agenda <dagen> | herinnering <dagen> | uur <0-23> | weekend ja/nee | checkin ja/nee';
    expect(listed(['projectleider', 'lid'])).toContain(`/schakel herinneringen [${settings}]`);
    expect(words('nl').answers.admin.remindersChangeNote('/schakel ')).toContain(
      `herinneringen ${settings}.`,
    );
    // In English too the Dutch placeholders, as in the other lines (<datum>, <naam>), explained on top.
    const english = withLocale('en', () => listed(['projectleider', 'lid']));
    expect(english).toContain(`/schakel herinneringen [${settings}]`);
    expect(english).toContain('/schakel vakantie <naam> <datum> t/m <datum>');
    expect(english).not.toContain('<days>');
    expect(words('en').help.commandsNote).toContain('<dagen> a number of days');
    expect(words('en').answers.admin.remindersChangeNote('/schakel ')).toContain(
      `herinneringen ${settings} (<dagen>: a number of days before the meeting).`,
    );
  });

  it('nieuwe-werkgroep names what its form asks: no channel field (a channel is linked with koppel)', () => {
    for (const locale of ['nl', 'en'] as const) {
      const line = words(locale).help.commands.nieuweWerkgroep;
      expect(line).toMatch(/ritme en leden|rhythm and members/);
      expect(line).not.toMatch(/kanaal en leden|channel and members/);
      expect(line).toContain('koppel');
    }
  });

  it('a beheerder sees set-up and the stuurgroep calendar under their own heading, and the national overview', () => {
    const text = listed(['beheerder']);
    expect(text).toContain('Voor de beheerder:');
    expect(text).toContain('/schakel nieuwe-werkgroep');
    expect(text).toContain('/schakel stuurgroep [<datum>');
    expect(text).toContain('12 jan, 12-1, dinsdag');
    expect(text).toContain('/schakel landelijk');
    expect(text).not.toContain('/schakel voortgang');
  });

  it('someone unknown is told to ask the projectleider', () => {
    expect(listed(null)).toContain('Ik ken je nog niet, of niet meer');
    expect(listed(null)).toContain('Vraag je projectleider om je (opnieuw) aan je werkgroep te koppelen');
  });
});

describe('help in English: the commands are Dutch words to type as they are', () => {
  const english = (all: boolean) =>
    withLocale('en', () =>
      helpMessage({ member: member(['lid']), overleggen: ['Werkgroep Oost'], commandPrefix: '', all }),
    );

  it('the short help says its example words are Dutch commands to type', () => {
    const note = JSON.stringify(english(false).blocks.filter((b) => b.type === 'note'));
    expect(note).toContain('Commands are Dutch words, typed as they are');
    expect(note).toContain('volgende for the next meetings');
  });

  it('help alles says so before the first command word, and what <tekst> and <nummer> stand for', () => {
    const blocks = english(true).blocks;
    const note = blocks.findIndex((b) => b.type === 'text' && b.text.includes('type them exactly as shown'));
    const commands = blocks.findIndex((b) => b.type === 'facts');
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(commands);
    expect(JSON.stringify(blocks[note])).toContain('<tekst> is your text');
  });

  it('the Dutch help has no such note: the commands are its own words', () => {
    const text = JSON.stringify(
      helpMessage({ member: member(['lid']), overleggen: [], commandPrefix: '', all: true }),
    );
    expect(text).not.toContain('Dutch');
  });
});
