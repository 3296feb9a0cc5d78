import { words } from '../messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Block } from '../messages/model.ts';
import { readableDate } from '../messages/readable-date.ts';
import { type ConflictWarning, wordConflict } from '../schedule/conflicts.ts';

/**
 * A warning for each meeting on a holiday or in a vacation; for the projectleider, its proposal
 * as one tap: "Voorstel overnemen" moves that meeting there (`verplaats`, in this werkgroep).
 */
export function conflictNotes(
  warnings: readonly ConflictWarning[],
  overlegId: string,
  canMove: boolean,
): Block[] {
  const { conflicts, dates } = words();
  return warnings.flatMap((w): Block[] => {
    const { reason } = wordConflict(w, conflicts, readableDate, dates.weekdays);
    const note: Block = { type: 'note', text: `⚠️ ${reason}` };
    if (!canMove || !w.proposal) return [note];
    const from = w.start.toISODate();
    const to = w.proposal.toISODate();
    const move = `verplaats ${from} naar ${to} ${w.proposal.toFormat('HH:mm')}`;
    return [
      note,
      {
        type: 'actions',
        actions: [
          {
            id: CHOOSE_WERKGROEP_ACTION,
            label: conflicts.takeProposal(`${w.proposal.day} ${dates.months[w.proposal.month - 1]}`),
            value: `${overlegId}|${move}`,
          },
        ],
      },
    ];
  });
}
