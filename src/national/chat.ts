import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { dutchDate } from '../digest/texts.ts';
import { authorize } from '../domain/authorization.ts';
import { CHECKLIST_ITEMS } from '../domain/checklist.ts';
import { InvalidInput } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Message } from '../messages/model.ts';
import { TOO_FEW_TEXT } from '../privacy/small-groups.ts';
import { localDateOf } from '../schedule/local-time.ts';
import { parseTertiaal, previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { NationalRepository } from '../store/national-repo.ts';
import { LEVEL_CHANGE_CATEGORIES, LEVEL_CHANGE_LABELS } from './levels.ts';
import { nationalOverview } from './overview.ts';
import { parsePeriod } from './period.ts';

/**
 * `landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]`: the national overview in the chat, for the
 * programme office (role landelijk) and a beheerder. The same counts as `schakel national`, on one
 * screen: the checklist items by their short names from the 2018 report, and the level changes.
 * Only counts of regions; no region, member or answer is named.
 */

/** The report's short names of the checklist items, numbered as CHECKLIST_ITEMS. */
const SHORT: readonly string[] = [
  'Toegeruste projectleider',
  'Projectplan',
  'Bestuurlijk draagvlak',
  'Tijd en capaciteit',
  'Lange termijnvisie',
  'Face-to-face kennisgemaakt',
  'Uitvoering, beleid en management betrokken',
  'Cliënt- en werkgeversperspectief',
  'Effectieve contactmomenten',
  'Bekendheid met expertise',
  'Commitment naar acties',
  '(Conflicterende) belangen',
  'Elkaars taal',
  'Duidelijke afspraken',
  'Transparantie over privacy',
  'Gedragen afsprakenkader',
  'Structureel contact',
  'Sense of urgency',
  'Financiële afspraken',
  'Inzicht in risicofactoren',
];

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
  const span = `${dutchDate(period.from)} t/m ${dutchDate(period.to)}`;
  const title = `Landelijk overzicht ${parseTertiaal(label) ? `${label.toUpperCase()} (${span})` : span}`;
  return {
    fallback: title,
    private: true,
    blocks: [
      { type: 'heading', text: title },
      {
        type: 'note',
        text: `${o.regions} regio's. Alleen aantallen regio's, geen namen. Een regio met ${TOO_FEW_TEXT} antwoorden telt als niet beschikbaar.`,
      },
      { type: 'heading', text: 'Randvoorwaarden (checklist): ja / in ontwikkeling / nee' },
      {
        type: 'facts',
        facts: CHECKLIST_ITEMS.map((item) => {
          const c = o.checklist[String(item.number)];
          return {
            label: `${item.number}. ${SHORT[item.number - 1] ?? item.text}`,
            value: `${c?.ja ?? 0} / ${c?.in_ontwikkeling ?? 0} / ${c?.nee ?? 0}`,
          };
        }),
      },
      { type: 'heading', text: 'Verandering in samenwerkingsniveau sinds de start' },
      {
        type: 'facts',
        facts: LEVEL_CHANGE_CATEGORIES.map((c) => ({
          label: LEVEL_CHANGE_LABELS[c],
          value: `${o.levelChange[c]} regio's`,
        })),
      },
      {
        type: 'note',
        text: `De volledige tabellen, met de tekst van elk onderdeel, kan de beheerder van Schakel voor je als bestand maken. Een andere periode: ${prefix}landelijk JJJJ-Tn of ${prefix}landelijk JJJJ-MM-DD..JJJJ-MM-DD.`,
      },
    ],
  };
}
