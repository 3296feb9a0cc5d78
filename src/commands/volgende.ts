import { can } from '../domain/authorization.ts';
import { words } from '../messages/catalogue/words.ts';
import { say, type WerkgroepCommand } from './command.ts';
import { withUpcoming } from './series-answers.ts';

/**
 * `volgende`: the werkgroep's next meetings, with a warning for each on a holiday; for a
 * stuurgroeplid, and in the stuurgroep's own channel, the next stuurgroep meeting (its region's
 * calendar, as the home card shows it; the channel's series when no date is planned). In a
 * stuurgroep channel of another region than the member's, the channel's own series.
 */
export const volgende: WerkgroepCommand<'volgende'> = {
  where: 'werkgroep',
  typed: { words: ['volgende'], parse: () => ({ name: 'volgende' }) },
  action: 'werkgroep.read',
  async run(_command, { uses, member, prefix }, werkgroepId) {
    const upcoming = async () => {
      const { empty, ...message } = await withUpcoming(
        uses,
        werkgroepId,
        { heading: words().answers.series.upcomingHeading },
        6,
        can(member, 'werkgroep.manage'),
      );
      return empty ? null : message;
    };
    // The stuurgroep of the channel's region, for a reader of that region's summary only.
    const info = await uses.werkgroepInfo(werkgroepId);
    const regionId = info?.regionId;
    if (info?.kind === 'stuurgroep' && can(member, 'digest.read', { regionId })) {
      return uses.stuurgroep.next(member, prefix, upcoming, regionId);
    }
    return (await upcoming()) ?? say(words().answers.series.noneplanned);
  },
  // A stuurgroeplid (who reads the summary but does not draft it) is in no werkgroep: their next
  // meeting is the stuurgroep's.
  withoutWerkgroep: async (_command, { uses, member, prefix }) =>
    can(member, 'digest.read') && !can(member, 'digest.draft') ? uses.stuurgroep.next(member, prefix) : null,
};
