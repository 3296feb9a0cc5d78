import { count } from './counting.ts';
import type { nlActiepunten } from './nl-actiepunten-list.ts';

/**
 * English answers about `actiepunten`: the list of open actiepunten and its Klaar buttons;
 * the keys are the Dutch ones (nl-actiepunten-list.ts).
 */
export const enActiepunten: typeof nlActiepunten = {
  none: 'There are no open action items.',
  count: (n) => count(n, 'open action item', 'open action items'),
  heading: 'Open action items',
  noneOwn: 'None of these action items is yours.',
  noneOwnToFinish:
    'None of these action items is yours, so there is none for you to finish: its owner or the projectleider does that.',
  noOwner: 'without an owner',
  due: (date, overdue) => ` (due ${date}${overdue ? ' — overdue' : ''})`,
  klaarHint: (p) => `Or type ${p}klaar <number>; a number stays with its action item.`,
  klaarButton: (n) => `Done #${n}`,
  klaarTitle: 'Finish an action item',
  klaarQuestion: 'Which action item is done?',
  klaarPlaceholder: 'Choose an action item',
  klaarSubmit: 'Mark as done',
  klaarChoose: 'First choose the action item that is done.',
  schrapButton: (n) => `Remove #${n}`,
  schrapTitle: (n) => `Remove action item #${n}?`,
  schrapQuestion: (n, description) =>
    `#${n} ${description} leaves the list and counts nowhere, not even as done. This cannot be undone.`,
  schrapYes: 'Yes, remove',
  schrapNo: 'No, keep it',
  schrapHint: (p) =>
    `Created by mistake (a typo, the wrong owner, a duplicate)? Type ${p}schrap actiepunt <number>; it then counts nowhere.`,
};
