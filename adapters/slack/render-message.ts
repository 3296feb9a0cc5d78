import type { types } from '@slack/bolt';
import { fitMessage } from '../../src/messages/fit.ts';
import { type Action, type Block, type ListItem, type Message, shorten } from '../../src/messages/model.ts';
import { renderInlineForm } from './forms/inline-form.ts';

type KnownBlock = types.KnownBlock;

/** Buttons whose action_id starts with this open the quick-input form (listeners/actions/quick-input.ts). */
export const QUICK_INPUT_PREFIX = 'quick_';

/**
 * Block Kit for a platform-neutral message. `workspace` is where it will be shown:
 * a person is mentioned (<@U…>) where they have an identity in that workspace.
 */
export function renderSlackMessage(message: Message, workspace = ''): { text: string; blocks: KnownBlock[] } {
  const render = (m: Message) => renderWhole(m, workspace);
  return render(fitMessage(message, (m) => render(m).blocks.length <= MAX_BLOCKS));
}

/**
 * The most blocks Slack takes in one message (chat.postMessage; an App Home takes 100): a long
 * list fills several sections (each at most SECTION_MAX characters), so a very long one is shown
 * in part by the same rule as on Teams (fit.ts).
 */
export const MAX_BLOCKS = 50;

function renderWhole(message: Message, workspace: string): { text: string; blocks: KnownBlock[] } {
  // The notification text is mrkdwn too: escaped like the blocks, or a typed "<!channel>" in it
  // (a werkgroep's name, an echoed word) would be read as Slack's markup.
  return {
    text: escapeMrkdwn(message.fallback),
    blocks: message.blocks.flatMap((b) => renderBlock(b, workspace)),
  };
}

function renderBlock(block: Block, workspace: string): KnownBlock | KnownBlock[] {
  switch (block.type) {
    case 'code':
      // A section holds at most 3000 characters, counted as sent: escaped, with its fences. Long
      // data is split over several after escaping (an "&" is five characters by then).
      return cutEscaped(escapeMrkdwn(block.text), SECTION_MAX - FENCES.length).map((part) => ({
        type: 'section' as const,
        text: { type: 'mrkdwn' as const, text: `${FENCE}${part}${FENCE}` },
      }));
    case 'heading':
      return { type: 'header', text: { type: 'plain_text', text: shorten(block.text, 150) } };
    case 'text':
      return sections([escapeMrkdwn(block.text)]);
    case 'list':
      return sections(block.items.map((i) => `• ${renderItem(i, workspace)}`));
    case 'facts':
      return sections(block.facts.map((f) => `*${escapeMrkdwn(f.label)}* — ${escapeMrkdwn(f.value)}`));
    case 'note':
      return { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(block.text) }] };
    case 'quick-input':
      // Slack messages cannot hold a text field that submits: a button opens a small form instead.
      return {
        type: 'actions',
        elements: [
          {
            type: 'button' as const,
            action_id: `${QUICK_INPUT_PREFIX}${block.id}`,
            value: block.value,
            text: { type: 'plain_text' as const, text: block.label },
          },
        ],
      };
    case 'form':
      return renderInlineForm(block);
    case 'actions':
      return {
        type: 'actions',
        elements: block.actions.map((a, i) => ({
          type: 'button' as const,
          action_id: slackActionId(block.actions, i),
          value: a.value,
          text: { type: 'plain_text' as const, text: a.label },
          ...(a.confirm
            ? {
                confirm: {
                  title: { type: 'plain_text' as const, text: a.confirm.title },
                  text: { type: 'plain_text' as const, text: a.confirm.text },
                  confirm: { type: 'plain_text' as const, text: a.confirm.yes },
                  deny: { type: 'plain_text' as const, text: a.confirm.no },
                },
              }
            : {}),
        })),
      };
  }
}

/**
 * Slack wants each action_id once per block: a button whose id repeats one before it in the block
 * gets `.<n>` added, and its listener matches with `repeatedActionId`.
 */
function slackActionId(actions: readonly Action[], i: number): string {
  const id = actions[i]?.id ?? '';
  return actions.slice(0, i).some((a) => a.id === id) ? `${id}.${i}` : id;
}

/** Matches the action id (letters and underscores) and the numbered repeats `slackActionId` makes of it. */
export function repeatedActionId(id: string): RegExp {
  return new RegExp(`^${id}(\\.\\d+)?$`);
}

function renderItem(item: ListItem, workspace: string): string {
  if (typeof item === 'string') return escapeMrkdwn(item);
  if (!item.person) return escapeMrkdwn(item.text);
  const id = item.person.identities.find((i) => i.platform === 'slack' && i.workspace === workspace)?.userId;
  return `${escapeMrkdwn(item.text)} — ${id ? `<@${id}>` : escapeMrkdwn(item.person.name)}`;
}

/** The most characters Slack takes in one section's text. */
const SECTION_MAX = 3000;
const FENCE = '```';
const FENCES = FENCE + FENCE;

/**
 * Lines of mrkdwn (escaped) in as few sections as hold them, each within Slack's limit: a long
 * agenda or list goes out whole instead of being refused by Slack (and the reminder with it).
 */
function sections(lines: readonly string[]): KnownBlock[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => cutEscaped(l, SECTION_MAX))) {
    if (current !== '' && current.length + 1 + line.length > SECTION_MAX) {
      texts.push(current);
      current = line;
    } else current = current === '' ? line : `${current}\n${line}`;
  }
  texts.push(current);
  return texts.map((text) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }));
}

/** Escaped text in pieces of at most `max`, never cut inside an entity such as "&amp;" or inside a character. */
function cutEscaped(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const amp = rest.lastIndexOf('&', max - 1);
    const cut = amp > max - 5 && !rest.slice(amp, max).includes(';') ? amp : max;
    // Nor between the two halves of a character outside the Basic Multilingual Plane (an emoji).
    const at = /[\uD800-\uDBFF]/.test(rest.charAt(cut - 1)) ? cut - 1 : cut;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
