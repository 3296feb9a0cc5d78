import { InvalidInput } from '../domain/errors.ts';
import { dayOffNote, dueSuffix } from '../messages/actiepunt-due.ts';
import { words } from '../messages/catalogue/words.ts';
import { currentLocale } from '../messages/locale.ts';
import { klaarButtons } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import { nextYearTyped } from '../messages/next-year.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { startsInPast } from '../rhythm/not-in-past.ts';
import { countsBack } from '../schedule/dutch-date.ts';
import { todayIn, todayIsoIn } from '../schedule/local-time.ts';
import { mentionedMember } from './actiepunt-mention.ts';
import { ownerNote } from './actiepunt-owner-note.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { dateAtEnd } from './date-at-end.ts';
import { looksLikeDate, TIME_OF_DAY } from './looks-like-date.ts';
import { readerFor } from './read.ts';
import type { CommandUses } from './uses.ts';

type OpenActiepunt = Awaited<ReturnType<CommandUses['openActiepunten']>>[number];

// A date written in figures ("2027-02-29", "31-06") or with a month ("30 februari"): after a word
// of DEADLINE it is meant as the deadline, even when no such day exists, and is never kept as
// part of the text.
const DATE_IN_FIGURES = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?$/;

/**
 * How Dutch writes a deadline after what is to be done: "tot", "voor", "vóór", "uiterlijk (op)",
 * "deadline(:)", then all that follows (a date, or a month's end such as "eind januari", only if
 * the date reader reads all of it: "voor de stuurgroep" stays text). Leftmost first, so "uiterlijk voor 15 januari" is one deadline.
 */
const DUTCH_DEADLINE = 'tot|voor|vóór|uiterlijk(?: op| voor| vóór)?|deadline:?';
const DEADLINE = new RegExp(` (?:${DUTCH_DEADLINE}) `, 'giu');
/** To a member who chose English, the English words too ("until Friday", "by 15 January", "before the 15th"). */
const DEADLINE_EN = new RegExp(` (?:${DUTCH_DEADLINE}|until|by|before) `, 'giu');

/**
 * `actiepunt [@Naam] <tekst> [tot|voor|uiterlijk|deadline <datum>]` (in English also until|by|before): an actiepunt with the member
 * as its owner, or the werkgroep member named after @ at the start (the use case authorizes:
 * giving one is the projectleider's; a name inside the text is never read as the owner). The answer names its
 * number, owner and deadline; the same open actiepunt of the same owner typed again (a double
 * send, a second tap) is not noted twice but pointed to.
 */
export const actiepunt: WerkgroepCommand<'actiepunt'> = {
  where: 'werkgroep',
  typed: {
    words: ['actiepunt'],
    parse(rest, read) {
      // Words meant as a date that cannot be read are refused (run), never kept as text.
      let unreadAfter: string | null = null;
      let dateMeant: string | null = null;
      for (const m of rest.matchAll(currentLocale() === 'en' ? DEADLINE_EN : DEADLINE)) {
        const text = rest.slice(0, m.index).replace(/[\s,;:–-]+$/, '');
        const date = rest.slice(m.index + m[0].length);
        const due = read.deadline(date);
        if (text && due) return { name: 'actiepunt', text, dueDate: due, ...countedBack(date) };
        const inFigures = DATE_IN_FIGURES.test(date.trim()) && !TIME_OF_DAY.test(date.trim());
        if (text && (inFigures || read.noSuchDate)) return null;
        if (text && !unreadAfter && looksLikeDate(date)) {
          unreadAfter = m[0].trim().toLowerCase();
          dateMeant = read.mended(date.trim());
        }
      }
      if (unreadAfter)
        return {
          name: 'actiepunt',
          text: rest,
          dueDate: null,
          unreadAfter,
          ...(dateMeant ? { dateMeant } : {}),
        };
      return rest ? { name: 'actiepunt', text: rest, dueDate: null } : null;
    },
  },
  async run(command, { uses, member, prefix }, werkgroepId) {
    if (command.unreadAfter) {
      // All that was typed passes the guard first: a client's details after "voor" are refused
      // as such, and the answer about the date repeats none of the typed words.
      uses.guard.check({ actiepunt: command.text });
      const message = words().answers.actiepunt.unreadDate(command.unreadAfter, command.dateMeant);
      throw new InvalidInput([{ field: 'datum', message }]);
    }
    // A deadline is for today or later: one already past is most likely a slip.
    if (command.dueDate) refusePast(command.dueDate, uses, command.countedBack);
    const today = todayIsoIn(uses.clock.now(), uses.timeZone);
    // "@Sem Wolters belt …": Sem's, when the typist may give it (the use case asks the policy).
    const members = await uses.membersOf(werkgroepId);
    const named = mentionedMember(command.text, members);
    if (named?.kind === 'unknown')
      await refuseUnknown(named.typed, command.text, members, uses, member, werkgroepId);
    if (named?.kind === 'nameOnly') await refuseNameOnly(named.member, uses, member, werkgroepId, prefix);
    const mention = named?.kind === 'member' ? named : null;
    const text = mention?.rest ?? command.text;
    const ownerId = mention?.member.id ?? member?.id ?? null;
    // Giving it to someone else is the policy's to allow: refused before anything is looked up.
    const forOther = mention && mention.member.id !== member?.id ? mention.member : null;
    if (forOther) await uses.authorizeIn(member, 'actiepunt.assign', werkgroepId);
    const w = words().answers.actiepunt;
    // The same open actiepunt of the same owner is not noted twice: the core names its twin.
    const added = await uses.agenda.addActiepunt(member, werkgroepId, {
      description: text,
      ownerId,
      dueDate: command.dueDate,
    });
    const made = (await uses.openActiepunten(werkgroepId)).find((a) => a.id === added.id);
    if (made && added.twin) {
      const due = dueSuffix(made.dueDate, today);
      return say(
        forOther
          ? w.duplicateFor(forOther.name, made.number, due, prefix)
          : w.duplicate(made.number, due, prefix),
      );
    }
    if (!made) return say(w.noted);
    const dayOff = made.dueDate && dayOffNote(made.dueDate, today, made.number, prefix);
    const givenTo = made.owner && made.owner.id !== member?.id ? made.owner.name : null;
    const hint = dayOff || deadlineHint(made, uses, prefix);
    // Who owns it needs no explaining when the typist named the owner.
    const owner = mention
      ? null
      : await ownerNote(text, made.number, members, member, werkgroepId, uses, prefix);
    return noted(made, werkgroepId, prefix, hint, givenTo, owner);
  },
};

/**
 * `actiepunt @Pietje Puk …` with no such member: refused, naming the werkgroep's members, and
 * nothing noted. The text passes the guard first (the answer repeats the typed name); who may
 * not give actiepunten to others hears that instead, as for a known name.
 */
async function refuseUnknown(
  typed: string,
  text: string,
  members: ReadonlyArray<{ readonly name: string }>,
  uses: CommandUses,
  member: Parameters<CommandUses['authorizeIn']>[0],
  werkgroepId: string,
): Promise<never> {
  uses.guard.check({ actiepunt: text });
  await uses.authorizeIn(member, 'actiepunt.assign', werkgroepId);
  // A werkgroep has its members (at least the typist, who may give actiepunten).
  const names = members.map((m) => m.name);
  const message = words().answers.actiepunt.unknownOwner(typed, names.join(', '), names[0] ?? '…');
  throw new InvalidInput([{ field: 'eigenaar', message }]);
}

/**
 * `actiepunt @Sem Wolters` and no text: refused, saying what to add, and nothing noted. Who may
 * not give actiepunten to others hears that instead, as for a name with a text.
 */
async function refuseNameOnly(
  named: { readonly id: string; readonly name: string },
  uses: CommandUses,
  member: Parameters<CommandUses['authorizeIn']>[0],
  werkgroepId: string,
  prefix: string,
): Promise<never> {
  if (named.id !== member?.id) await uses.authorizeIn(member, 'actiepunt.assign', werkgroepId);
  const message = words().answers.actiepunt.nothingAfterName(named.name, prefix);
  throw new InvalidInput([{ field: 'actiepunt', message }]);
}

/**
 * A deadline already past is refused, naming the date; when the same day next year is still to
 * come ("3 december" typed on 6 December, not "gisteren"), how to type that one.
 */
export function refusePast(
  dueDate: string,
  uses: Pick<CommandUses, 'clock' | 'timeZone'>,
  countedBack?: true,
): void {
  const now = uses.clock.now();
  if (!startsInPast(`${dueDate}T23:59`, uses.timeZone, now)) return;
  // "gisteren" was meant as yesterday: next year's same day is no likely meaning.
  const typed = countedBack ? null : nextYearTyped(dueDate, todayIsoIn(now, uses.timeZone));
  const message = words().answers.actiepunt.pastDue(readableIsoDate(dueDate), typed);
  throw new InvalidInput([{ field: 'datum', message }]);
}

/** `{ countedBack: true }` when the date was typed counting back from today ("tot gisteren"). */
export const countedBack = (typed: string) => (countsBack(typed) ? { countedBack: true as const } : {});

/**
 * Without a deadline, a text ending in a date ("… over twee weken"): whether a deadline was meant.
 * Read from what was stored, the text the guard let through. A date already past ("… 2025-01-01")
 * names what the text is about: `deadline` would refuse it, so it is not offered.
 */
function deadlineHint(a: OpenActiepunt, uses: CommandUses, prefix: string): string | null {
  if (a.dueDate) return null;
  const read = readerFor(todayIn(uses.clock.now(), uses.timeZone));
  const phrase = dateAtEnd(a.description, read);
  const due = phrase && read.deadline(phrase);
  if (!phrase || !due || due < todayIsoIn(uses.clock.now(), uses.timeZone)) return null;
  return words().answers.actiepunt.deadlineHint(a.number, phrase, prefix);
}

/**
 * "Actiepunt genoteerd" with what was noted: number, text, owner, deadline, and its Klaar button;
 * `hint` under it (a deadline meant, or one on a day off); `ownerNote`, how owners are named, unless one was.
 */
function noted(
  a: OpenActiepunt,
  werkgroepId: string,
  prefix: string,
  hint: string | null,
  forOther: string | null,
  ownerNote: string | null,
): Message {
  const w = words().answers.actiepunt;
  const lead = forOther ? w.notedFor(forOther) : w.noted;
  return {
    fallback: `${lead} #${a.number} ${a.description}`,
    blocks: [
      { type: 'text', text: lead },
      {
        type: 'facts',
        facts: [
          { label: w.number, value: `#${a.number}` },
          { label: w.description, value: a.description },
          { label: w.owner, value: a.owner?.name ?? '' },
          { label: w.due, value: a.dueDate ? readableIsoDate(a.dueDate) : w.noDue },
        ],
      },
      ...klaarButtons(werkgroepId, [a]),
      ...(hint ? [{ type: 'text' as const, text: hint }] : []),
      ...(ownerNote ? [{ type: 'note' as const, text: ownerNote }] : []),
      { type: 'note', text: w.note(a.number, prefix, forOther) },
    ],
  };
}
