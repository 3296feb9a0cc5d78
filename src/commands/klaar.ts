import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { holdsActiepunt } from './actiepunt-number.ts';
import { decline, say, type WerkgroepCommand } from './command.ts';
import { listNumber } from './read.ts';

/**
 * `klaar <nummer>` ("6", "#6", "zes"): an actiepunt done (who may: the policy, asked by the use case).
 * `klaar` alone answers as `actiepunten`: the open ones, to pick the one that is done.
 */
export const klaar: WerkgroepCommand<'klaar'> = {
  where: 'werkgroep',
  typed: {
    words: ['klaar'],
    parse(rest) {
      // Without a number: the open actiepunten, each with its Klaar button or in the choice.
      if (rest === '') return { name: 'actiepunten', toFinish: true };
      const n = listNumber(rest);
      return n === null ? null : { name: 'klaar', number: n };
    },
  },
  fits: holdsActiepunt,
  async run(command, { uses, member, prefix }, werkgroepId) {
    // Membership first: someone from elsewhere learns nothing of this werkgroep's actiepunten,
    // not even whether a number exists (the owner check comes after, in the use case).
    await uses.agenda.authorizeIn(member, 'werkgroep.read', werkgroepId);
    const a = await uses.actiepuntByNumber(werkgroepId, command.number);
    const w = words().answers.klaar;
    if (!a) throw new NotFound(w.noSuch(command.number, prefix));
    // Removed (`schrap`): it is not there to be finished, and never counted as done.
    if (a.removed) return decline(w.removed(command.number));
    // Done already, or by someone else between the look and the change: said as that, not as done twice.
    if (a.done) return say(w.already(command.number, a.description));
    if (await uses.agenda.markActiepuntDone(member, a.id)) return say(w.done(command.number, a.description));
    // Someone was first: it was finished, or removed, a moment before.
    const now = await uses.actiepuntByNumber(werkgroepId, command.number);
    if (now?.removed) return decline(w.removed(command.number));
    return say(w.already(command.number, a.description));
  },
};
