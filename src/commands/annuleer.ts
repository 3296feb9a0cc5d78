import { words } from '../messages/catalogue/words.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { werkgroepName } from '../messages/werkgroep-name.ts';
import { cancelledAnswer } from '../rhythm/put-back.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { foundByOriginalNote, meetingOn } from './series-answers.ts';

/**
 * `annuleer <datum>`: one meeting does not take place. The date is the one the meeting stands on,
 * or the day it was moved away from when no meeting stands there (said so in the answer).
 */
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
    const meeting = await meetingOn(uses, werkgroepId, command.date, 'standing');
    const done = await uses.series.cancelOccurrence(member, werkgroepId, meeting.originalStart);
    const name = werkgroepName(await uses.werkgroepInfo(werkgroepId));
    const note = foundByOriginalNote(meeting);
    if (done.cancelled) return cancelledAnswer(werkgroepId, name, done.start, prefix, note);
    return say(note + words().answers.annuleerAlready(name, readableIsoDate(done.start.slice(0, 10))));
  },
};
