import { can } from '../domain/authorization.ts';
import { words } from '../messages/catalogue/words.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { withUpcoming } from './series-answers.ts';

/** `volgende`: the werkgroep's next meetings, with a warning for each on a holiday. */
export const volgende: WerkgroepCommand<'volgende'> = {
  where: 'werkgroep',
  typed: { words: ['volgende'], parse: () => ({ name: 'volgende' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, member }, werkgroepId) {
    const { empty, ...message } = await withUpcoming(
      uses,
      werkgroepId,
      { heading: words().answers.series.upcomingHeading },
      6,
      can(member, 'werkgroep.manage'),
    );
    return empty ? say(words().answers.series.noneplanned) : message;
  },
};
