import type { OpenActiepunt } from '../store/agenda-repo.ts';
import { words } from './catalogue/words.ts';
import { KLAAR_ON_LIST, MAX_KLAAR_BUTTONS } from './meeting-messages.ts';
import type { Block } from './model.ts';

/** The button that removes an actiepunt noted by mistake; its value is `<overleg id>|<number>[|lijst]`. */
export const SCHRAP_ACTION = 'actiepunt_schrap';

// Slack's confirmation dialog takes 300 characters of text: a long actiepunt is named by its start.
const QUOTED_LENGTH = 120;

const quoted = (text: string) =>
  text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1).trimEnd()}…` : text;

/**
 * "Schrap #3" for each actiepunt given, each asking first (Slack's dialog, a step in the Teams
 * card), so one mis-click loses nothing. `onList` under the list of open actiepunten (the
 * `actiepunten` answer, ending in KLAAR_ON_LIST's "lijst"), which is shown afresh after it.
 */
export function schrapButtons(
  overlegId: string,
  actiepunten: readonly OpenActiepunt[],
  onList = false,
): Block[] {
  // As many as the Klaar buttons: beyond these, typed only.
  if (actiepunten.length === 0 || actiepunten.length > MAX_KLAAR_BUTTONS) return [];
  const w = words().answers.actiepunten;
  return [
    {
      type: 'actions',
      actions: actiepunten.map((a) => ({
        id: SCHRAP_ACTION,
        label: w.schrapButton(a.number),
        value: `${overlegId}|${a.number}${onList ? `|${KLAAR_ON_LIST}` : ''}`,
        confirm: {
          title: w.schrapTitle(a.number),
          text: w.schrapQuestion(a.number, quoted(a.description)),
          yes: w.schrapYes,
          no: w.schrapNo,
        },
      })),
    },
  ];
}
