import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { holdsActiepunt } from './actiepunt-number.ts';
import { decline, say, type WerkgroepCommand } from './command.ts';
import { listNumber } from './read.ts';

/**
 * `schrap actiepunt <nummer>` (also `schrap 3`, `verwijder actiepunt #3`): an actiepunt noted by
 * mistake (a typo, the wrong owner, twice) removed, not counted as done. Who may: the policy
 * (`actiepunt.remove`), asked by the use case, which also writes the logboek line.
 */
export const schrap: WerkgroepCommand<'schrap'> = {
  where: 'werkgroep',
  typed: {
    words: ['schrap', 'verwijder'],
    parse(rest) {
      const n = listNumber(rest.replace(/^actiepunt\b\s*/i, ''));
      return n === null ? null : { name: 'schrap', number: n };
    },
  },
  fits: holdsActiepunt,
  async run(command, { uses, member, prefix }, werkgroepId) {
    // Membership first: someone from elsewhere learns nothing of this werkgroep's actiepunten.
    await uses.agenda.authorizeIn(member, 'werkgroep.read', werkgroepId);
    const n = command.number;
    const a = await uses.actiepuntByNumber(werkgroepId, n);
    const w = words().answers.schrap;
    if (!a) throw new NotFound(words().answers.klaar.noSuch(n, prefix));
    if (a.removed) return say(w.already(n));
    if (a.done) return decline(w.done(n, a.description));
    if (await uses.agenda.removeActiepunt(member, a.id, n)) return say(w.removed(n, a.description));
    // Someone was first, a moment before: removed it (said as removed once), or finished it.
    const now = await uses.actiepuntByNumber(werkgroepId, n);
    return now?.done ? decline(w.done(n, a.description)) : say(w.already(n));
  },
};
