import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { Place } from '../ports/text-commands.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { splitCommand } from './parse.ts';
import type { CommandUses } from './uses.ts';

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

/** The member belongs to no werkgroep, and the place is linked to none. */
export class NoWerkgroep extends NotFound {
  constructor() {
    super(words().answers.choice.noWerkgroep);
  }
}

/**
 * The werkgroep a command typed here is about: the one `chosen` with a button (only one of the
 * member's own), the channel's linked werkgroep, or the member's only werkgroep. A member of
 * several, outside a werkgroep's channel, gets ChooseWerkgroep.
 */
export async function whichWerkgroep(
  uses: Pick<CommandUses, 'werkgroepOfChannel' | 'werkgroepenOf'>,
  member: Member | null,
  place: Place,
  chosen: string | null,
): Promise<string> {
  const linked = chosen ? null : await uses.werkgroepOfChannel(place);
  if (linked) return linked;
  if (!member) throw new NotAllowed('unknown-member-werkgroep');
  const mine = await uses.werkgroepenOf(member.id);
  // A choice from a button counts only for one of the member's own werkgroepen.
  const picked = chosen ? mine.find((w) => w.id === chosen) : undefined;
  if (picked) return picked.id;
  if (chosen) throw new NotFound(words().answers.choice.notYours);
  if (mine.length === 1 && mine[0]) return mine[0].id;
  if (mine.length === 0) throw new NoWerkgroep();
  throw new ChooseWerkgroep(mine);
}

/** `message` with its heading (or else its first text) naming the werkgroep it answers for. */
export function namingWerkgroep(message: Message, werkgroep: string): Message {
  const w = words().answers.choice;
  const at = message.blocks.findIndex((b) => b.type === 'heading' || b.type === 'text');
  const first = message.blocks[at];
  if (!first || (first.type !== 'heading' && first.type !== 'text')) return message;
  // An answer that names the werkgroep itself ("De bijeenkomst van Werkgroep X is verplaatst") says it once.
  if (first.text.includes(werkgroep)) return message;
  const text =
    first.type === 'heading' ? w.headingFor(first.text, werkgroep) : w.textFor(first.text, werkgroep);
  const blocks = message.blocks.map((b, i) => (i === at ? { ...first, text } : b));
  return { ...message, blocks, fallback: message.fallback === first.text ? text : message.fallback };
}

/**
 * The question with a button per werkgroep. The buttons carry what was typed, so text with a
 * client's details is refused here (PrivacyRefusal), as the command would refuse it, before it
 * travels on a button and stays in the chat's card. Null: too long to travel on a button.
 */
export function choiceMessage(choice: ChooseWerkgroep, text: string, guard: FreeTextGuard): Message | null {
  // What the command itself would check (its text after the command word), so a refusal points
  // at the same words here as in the werkgroep's channel.
  guard.check({ tekst: splitCommand(text).rest });
  const actions = choice.werkgroepen.map((w) => ({
    id: CHOOSE_WERKGROEP_ACTION,
    label: w.name,
    value: `${w.id}|${text.trim()}`,
  }));
  if (actions.some((a) => a.value.length > MAX_CHOICE_VALUE)) return null;
  const ask = words().answers.choice.ask;
  return {
    fallback: ask,
    blocks: [
      { type: 'text', text: ask },
      { type: 'actions', actions },
    ],
  };
}
