import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { CHECKLIST_ITEMS } from '../domain/checklist.ts';
import { InvalidInput } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Message } from '../messages/model.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { MIN_GROUP } from '../privacy/small-groups.ts';
import { localDateOf } from '../schedule/local-time.ts';
import { parseTertiaal, previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { NationalRepository } from '../store/national-repo.ts';
import { LEVEL_CHANGE_CATEGORIES } from './levels.ts';
import { nationalOverview } from './overview.ts';
import { parsePeriod } from './period.ts';

/**
 * `landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]`: the national overview in the chat, for the
 * programme office (role landelijk) and a beheerder. The same counts as `schakel national`, on one
 * screen: the checklist items by their short names from the 2018 report, and the level changes.
 * Only counts of regions; no region, member or answer is named.
 */

export function assertMaySeeNational(member: Member | null): Member {
  return authorize(member, 'national.read');
}

export async function nationalChat(
  d: { readonly national: NationalRepository; readonly clock: Clock; readonly timeZone: string },
  member: Member | null,
  periodText: string | null,
  prefix: string,
): Promise<Message> {
  assertMaySeeNational(member);
  // Without a period: the last complete tertiaal, the one the stuurgroepen are discussing now.
  const today = localDateOf(DateTime.fromJSDate(d.clock.now()), d.timeZone);
  const label = periodText ?? previousTertiaal(tertiaalOf(today)).label;
  const period = parsePeriod(label);
  if ('error' in period) throw new InvalidInput([{ field: 'periode', message: period.error }]);
  const o = nationalOverview(period, await d.national.nationalInput(period));
  const w = words().answers.national;
  const span = w.span(readableShortDate(period.from), readableShortDate(period.to));
  const title = w.title(parseTertiaal(label) ? `${label.toUpperCase()} (${span})` : span);
  return {
    fallback: title,
    private: true,
    blocks: [
      { type: 'heading', text: title },
      {
        type: 'note',
        text: w.regionsNote(o.regions, MIN_GROUP),
      },
      { type: 'heading', text: w.checklistHeading },
      {
        type: 'facts',
        facts: CHECKLIST_ITEMS.map((item) => {
          const c = o.checklist[String(item.number)];
          return {
            label: `${item.number}. ${w.shortNames[item.number - 1] ?? item.text}`,
            value: `${c?.ja ?? 0} / ${c?.in_ontwikkeling ?? 0} / ${c?.nee ?? 0}`,
          };
        }),
      },
      { type: 'heading', text: w.levelHeading },
      {
        type: 'facts',
        facts: LEVEL_CHANGE_CATEGORIES.map((c) => ({
          label: w.levelChanges[c],
          value: w.regions(o.levelChange[c]),
        })),
      },
      {
        type: 'note',
        text: w.fullTables(prefix),
      },
    ],
  };
}
