import { describe, expect, it } from 'vitest';
import { NotAllowed } from '../../src/domain/errors.ts';
import { en } from '../../src/messages/catalogue/en.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { errorMessage } from '../../src/messages/errors.ts';
import { currentLocale, localeFromTag, withLocale } from '../../src/messages/locale.ts';
import { plainText } from '../../src/messages/model.ts';

type Leaf = { readonly path: string; readonly value: unknown };

/** Every leaf of a catalogue (strings, functions, list items) with its dotted path. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string' || typeof value === 'function' || typeof value === 'boolean') {
    return [{ path, value }];
  }
  if (value === null) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

/** A wording as a member reads it: a function is called with sample parameters. */
function sample(value: unknown): unknown {
  if (typeof value !== 'function') return value;
  const param = new Proxy({}, { get: () => 'Werkgroep Oost' });
  const args = Array.from({ length: Math.max(value.length, 1) }, (_, i) => (i === 0 ? param : 2));
  // Refusals take one object; the other wordings take strings or numbers, a few a list first.
  try {
    return value(...args);
  } catch {
    try {
      return value('Werkgroep Oost', 'dinsdag 6 oktober 2026', 3);
    } catch {
      return value(['dinsdag 6 oktober 2026', 'dinsdag 13 oktober 2026'], 'dinsdag 6 oktober 2026', 3);
    }
  }
}

/**
 * Texts that are rightly the same in both languages: names of things in the programme (knelpunt,
 * check-in, checklist, agenda), numbers, and the language hints that name both languages.
 */
const SAME_IN_BOTH = new Set([
  'help.shortcuts.agenda',
  // Punctuation only: a heading or text with the werkgroep's name beside it.
  'answers.choice.headingFor',
  'answers.choice.textFor',
  'help.commandsNote', // empty in Dutch: the commands are Dutch words already
  'checkin.dmHeading',
  'checkinForm.knelpuntLabel',
  'digest.sections.knelpunten',
  'digest.sections.checklist',
  'home.openCheckins',
  'reminder.agenda',
  'answers.national.shortNames[17]', // "Sense of urgency": English in the Dutch report too
  'answers.avg.units.knelpunten[0]',
  'answers.avg.units.knelpunten[1]',
  'answers.avg.units.tertialen[0]',
  'answers.avg.units.tertialen[1]',
  'cli.membersErase.candidate', // "  - name <address> (organisation)": no words, only what the operator gave
  'imports.csv.separators.\t', // "tab": the same word in both
  'answers.admin.reminderSettings', // how `herinneringen` is typed: Dutch words and placeholders, as every command
  'answers.admin.doneBy.demo', // "Schakel (demo)": who did it in the logboek, a name in both
  'cli.regions.werkgroepen', // "werkgroepen: …": a programme name, then the names the region gave
  'documents.domains.uwv', // an organisation's name
  'documents.statuses.open', // "open": the same word in both
  'documents.signs.emoji', // "(emoji)": the same word in both
  'localChat.playedAs.projectleider', // "projectleider": a programme name, as the English texts say it
  'answers.avg.roleNames.projectleider', // the same word, in mijn-gegevens
  'localChat.sidebar.chat', // "Chat": the sidebar's heading over the personal chat, as Teams names it in both
  'answers.problems.series.fieldProblem', // "Tijd: verwacht …": punctuation beside a field in words
  'answers.problems.series.fields.onlineUrl', // "link": the same word in both
  'documents.digest.knelpuntenHeading',
  'documents.chart.start', // "start 2,5" beside a line: the same word in both
  'documents.evaluation.collaboration.columns[2]', // "Status": the same word in both
]);

describe('the message catalogues', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('have the same keys in Dutch and English', () => {
    expect(english.map((l) => l.path)).toEqual(dutch.map((l) => l.path));
  });

  it('leave no English text empty, and give each wording the same parameters', () => {
    const byPath = new Map(dutch.map((l) => [l.path, l.value]));
    for (const { path, value } of english) {
      const nlValue = byPath.get(path);
      if (typeof value === 'function') expect(value.length, path).toBe((nlValue as () => string).length);
      if (path === 'help.commandsNote' || value === null || typeof value === 'boolean') continue;
      expect(String(sample(value)).trim(), path).not.toBe('');
    }
  });

  it('say things differently in English, except names that are the same in both', () => {
    const byPath = new Map(dutch.map((l) => [l.path, l.value]));
    const same = english
      .filter(({ path, value }) => {
        if (value === null || typeof value === 'boolean') return false;
        return sample(value) === sample(byPath.get(path));
      })
      .map((l) => l.path)
      .filter((p) => !SAME_IN_BOTH.has(p));
    expect(same).toEqual([]);
  });

  it('name no OneDrive: the same words are read in local mode, which has none', () => {
    const named = [...dutch, ...english].filter(({ value }) => String(sample(value)).includes('OneDrive'));
    expect(named.map((l) => l.path)).toEqual([]);
  });

  it('keeps the programme names Dutch in English (werkgroep, projectleider, knelpunt)', () => {
    expect(en.refusals['projectleider-only']()).toContain('projectleider');
    expect(en.checkinForm.knelpuntLabel(1)).toBe('Knelpunt 1');
  });
});

describe('"t/m" or "tot en met"', () => {
  // The terminal's own answers (the schakel command's arguments, configuration, import files) write
  // "tot en met" in full; the chat, its cards and the documents write "t/m", as people type it
  // (vakantie Kerst 2026-12-21 t/m 2027-01-01).
  const terminal = /^(cli\.arguments|cli\.config|imports)\./;
  const said = leaves(nl).map(({ path, value }) => {
    const text = sample(value);
    return { path, text: typeof text === 'string' ? text : '' };
  });

  it('the chat, its cards and the documents say "t/m", never "tot en met"', () => {
    const written = said.filter((l) => !terminal.test(l.path) && l.text.includes('tot en met'));
    expect(written.map((l) => l.path)).toEqual([]);
    expect(said.filter((l) => l.text.includes('t/m')).length).toBeGreaterThan(20);
  });

  it('the terminal says "tot en met", never "t/m"', () => {
    const short = said.filter((l) => terminal.test(l.path) && l.text.includes('t/m'));
    expect(short.map((l) => l.path)).toEqual([]);
  });
});

describe('a digest of a period still running', () => {
  it('says in English too that what happens until its last day is not in it yet', () => {
    expect(en.digest.stillRunning('31 December 2026')).toBe(
      'Note: this period runs until 31 December 2026; what happens until then is not in it yet.',
    );
  });
});

describe('counted words', () => {
  it('say "1 day" and "2 days" where the draft of the stuurgroep summary comes, as the Dutch do', () => {
    const note = (days: number) => en.answers.stuurgroep.note(days, '09', 'the tertiaal', '');
    expect(note(1)).toContain('comes 1 day before at 09:00');
    expect(note(2)).toContain('comes 2 days before at 09:00');
    expect(nl.answers.stuurgroep.note(1, '09', 'het tertiaal', '')).toContain('komt 1 dag vooraf');
  });
});

describe('the language being spoken', () => {
  it('is Dutch unless a request or delivery runs in English', async () => {
    expect(currentLocale()).toBe('nl');
    expect(words().checkin.openButton).toBe('Check-in invullen');
    await withLocale('en', async () => {
      await Promise.resolve();
      expect(words().checkin.openButton).toBe('Fill in the check-in');
    });
    expect(words().checkin.openButton).toBe('Check-in invullen');
  });

  it('reads a platform tag: any English is English, other languages Dutch, none is unknown', () => {
    expect(localeFromTag('en-US')).toBe('en');
    expect(localeFromTag('en_GB')).toBe('en');
    expect(localeFromTag('nl-NL')).toBe('nl');
    expect(localeFromTag('de-DE')).toBe('nl');
    expect(localeFromTag('')).toBeNull();
    expect(localeFromTag(undefined)).toBeNull();
  });

  it('words a refusal at the edge in the member language, from its code', () => {
    const refusal = new NotAllowed('round-closed', { date: 'Tuesday 6 October 2026' });
    expect(withLocale('en', () => plainText(errorMessage(refusal)))).toBe(
      'The check-in of Tuesday 6 October 2026 is closed: what you send now is no longer saved. Do you have a knelpunt or update? Raise it at the next check-in, after the next meeting.',
    );
    expect(plainText(errorMessage(new NotAllowed('projectleider-only')))).toBe(
      'Alleen de projectleider van deze regio mag dit doen.',
    );
  });
});
