import { words } from '../messages/catalogue/words.ts';
import { type AnywhereCommand, decline } from './command.ts';

const MEETING = '(?:bijeenkomst|vergadering|overleg|werkgroep)';

/**
 * A question in one's own words that one command answers without more words ("wanneer is de
 * volgende bijeenkomst?", "wat staat er op de agenda?"): that command, to name in the answer.
 */
const ANSWERED_BY: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(
      `\\b(?:volgende|komende) ${MEETING}\\b|\\bwanneer\\b.*\\b(?:${MEETING}|vergaderen|vergadert)\\b`,
      'iu',
    ),
    'volgende',
  ],
  [/\bagenda\b/iu, 'agenda'],
  [/\bactiepunten\b/iu, 'actiepunten'],
  [/\bcheck-?in\b/iu, 'checkin'],
];

/** "knelpunten", "knelpunt <tekst>": no command; knelpunten come in through the check-in. */
const KNELPUNT = /^\s*knelpunt(?:en)?\b/iu;

/** The one command the text asks for in its own words, or null for none or more than one. */
function commandAskedFor(text: string): string | null {
  const asked = ANSWERED_BY.filter(([pattern]) => pattern.test(text)).map(([, command]) => command);
  return asked.length === 1 ? (asked[0] ?? null) : null;
}

/**
 * A word Schakel does not know as a command. Nothing typed is kept, but text with a client's
 * details is refused as any other (the guard's PrivacyRefusal): the platform's answer says what
 * was found, never the text itself, and in a shared channel that the writer should delete it.
 * The unknown-command hint would only distract from that, so it is left out then. A question
 * that one command answers gets that command named, and so does a command word with a slip of the
 * keyboard in it ("volgnde"); "knelpunt(en)" where knelpunten come in.
 */
export const onbekend: AnywhereCommand<'onbekend'> = {
  where: 'anywhere',
  run: async (command, { prefix, uses }) => {
    uses.guard.check({ bericht: command.text });
    const answers = words().answers;
    if (KNELPUNT.test(command.text)) return decline(answers.knelpuntenWhere(prefix));
    const asked = commandAskedFor(command.text) ?? command.meant ?? null;
    return decline(asked ? answers.onbekendAsked(prefix, asked) : answers.onbekend(prefix));
  },
};
