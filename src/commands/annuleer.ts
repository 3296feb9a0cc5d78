import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { cancelledAnswer } from '../rhythm/put-back.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { originalStartOn } from './series-answers.ts';

/** `annuleer <datum>`: one meeting does not take place. */
export const annuleer: WerkgroepCommand<'annuleer'> = {
  where: 'werkgroep',
  typed: {
    words: ['annuleer'],
    parse(rest, read) {
      if (rest === '') return { name: 'formulier', form: 'bijeenkomst' };
      const date = read.day(rest);
      return date ? { name: 'annuleer', date } : null;
    },
  },
  action: 'werkgroep.manage',
  async run(command, { uses, member, prefix }, werkgroepId) {
    const start = await originalStartOn(uses, werkgroepId, command.date);
    const done = await uses.series.cancelOccurrence(member, werkgroepId, start);
    const w = words();
    // Named as verplaats names it.
    const name = (await uses.werkgroepInfo(werkgroepId))?.name ?? w.forms.created.kinds.werkgroep;
    if (done === 'cancelled') return cancelledAnswer(werkgroepId, name, command.date, start, prefix);
    return say(w.answers.annuleerAlready(name, readableIsoDate(command.date)));
  },
};
