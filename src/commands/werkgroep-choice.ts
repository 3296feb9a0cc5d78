import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';

// A Slack button value holds 2,000 characters; a longer command cannot travel on a button.
const MAX_CHOICE_VALUE = 2000;

/** Typed outside a werkgroep's channel by a member of several: which werkgroep they meant. */
export class ChooseWerkgroep extends Error {
  readonly werkgroepen: ReadonlyArray<{ id: string; name: string }>;
  constructor(werkgroepen: ReadonlyArray<{ id: string; name: string }>) {
    super('kies een werkgroep');
    this.werkgroepen = werkgroepen;
  }
}

export function choiceMessage(choice: ChooseWerkgroep, text: string): Message | null {
  const actions = choice.werkgroepen.map((w) => ({
    id: CHOOSE_WERKGROEP_ACTION,
    label: w.name,
    value: `${w.id}|${text.trim()}`,
  }));
  if (actions.some((a) => a.value.length > MAX_CHOICE_VALUE)) return null;
  const ask = 'Je zit in meer dan één werkgroep. Voor welke werkgroep is dit?';
  return {
    fallback: ask,
    blocks: [
      { type: 'text', text: ask },
      { type: 'actions', actions },
    ],
  };
}
