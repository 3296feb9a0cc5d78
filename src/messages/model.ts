/**
 * The platform-neutral message the core returns. Slack renders it as Block Kit,
 * Teams as an Adaptive Card; neither adds or drops content.
 */
import type { PlatformUser } from '../domain/members.ts';
import type { ChoiceField, Form } from './forms/model.ts';

/** Someone named in a message; each platform mentions them where it knows them. */
export interface Person {
  readonly name: string;
  readonly identities: readonly PlatformUser[];
}

/** A list item that names a person (an actiepunt and its owner). */
export interface ItemWithPerson {
  readonly text: string;
  readonly person: Person | null;
}

export type ListItem = string | ItemWithPerson;

/** A button; `id` names the action, `value` carries what it is about. */
export interface Action {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** For what cannot be undone: asked before the action is sent (Slack's dialog, a Teams step in the card). */
  readonly confirm?: Confirmation;
}

export interface Confirmation {
  readonly title: string;
  readonly text: string;
  readonly yes: string;
  readonly no: string;
  /**
   * Where the question is asked inside the message (Teams has no dialog to close): the button
   * action behind `no`, which shows the message again as it was. Without it, `no` is "laat maar"
   * (LET_BE in let-be.ts): the presser hears that nothing changed, and the message stays.
   */
  readonly back?: { readonly id: string; readonly value: string };
}

/**
 * One line of text the member can add right from a message (an agendapunt). Slack shows a
 * button that opens a small form; Teams shows the input in the card itself.
 */
/** The longest agendapunt or actiepunt: the quick input's limit in both platforms and the core's check. */
export const QUICK_INPUT_MAX_LENGTH = 500;

export interface QuickInput {
  readonly type: 'quick-input';
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly submitLabel: string;
  readonly maxLength: number;
  /** What the input is about (the werkgroep), handed back on submit. */
  readonly value: string;
}

/**
 * A small form inside the message itself, one choice and its button ("Welk actiepunt is klaar?",
 * "Klaar melden"): Slack shows a menu and a button, Teams an Input.ChoiceSet and Action.Execute.
 * It is submitted as the form it is, through the one form protocol.
 */
export interface InlineForm {
  readonly type: 'form';
  readonly form: Form & { readonly fields: readonly [ChoiceField] };
}

/**
 * A list. One with `more` may be shown in part where a platform takes only so much in one message
 * (fit.ts): its first items are the ones to keep, and `more(hidden)` is the line that says how
 * many are left out and where to see them all.
 */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly ListItem[];
  readonly more?: (hidden: number) => string;
}

export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'text'; readonly text: string }
  | ListBlock
  | { readonly type: 'actions'; readonly actions: readonly Action[] }
  | { readonly type: 'code'; readonly text: string }
  | QuickInput
  | InlineForm
  | {
      readonly type: 'facts';
      readonly facts: ReadonlyArray<{ readonly label: string; readonly value: string }>;
    }
  | { readonly type: 'note'; readonly text: string };

/** A file that goes with a message (the whole inzage as JSON); each platform attaches it its own way. */
export interface MessageFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
  /** One line saying what is in it, shown beside the file. */
  readonly description: string;
  /**
   * The command that makes the file again, for a platform that first asks the member where to
   * keep it (Teams): the file is made anew when they agree, so it never waits anywhere.
   */
  readonly remake: string;
}

export interface Message {
  /** Plain text for notifications and screen readers. */
  readonly fallback: string;
  /** Personal data: show it only to the member who asked, in a direct message. */
  readonly private?: boolean;
  /** A form to open for the member (a Slack modal, an Adaptive Card in Teams); blocks are the fallback. */
  readonly form?: Form;
  readonly blocks: readonly Block[];
  /** Sent along with the message, only ever in the member's own direct chat (`private`). */
  readonly file?: MessageFile;
  /**
   * The message refuses what the member typed, and why: a platform that can do more than say so
   * (the local chat takes the text out) knows a refusal by this, never by its words.
   */
  readonly refusal?: RefusalKind;
}

/**
 * What a refusal is about: `privacy`, the typed text looked like client data and was not kept;
 * `direction`, it held only a sign that changes its reading direction and was not kept;
 * `declined`, the command cannot be done (not allowed, or not now: no round yet), or the member
 * chose not to ("Nee, laat maar"). A button press answered with a refusal is answered to the one
 * who pressed it alone (button-answers.ts).
 */
export type RefusalKind = 'privacy' | 'direction' | 'declined';

/**
 * `text` cut to at most `max` characters for display, ending in "…" where it was cut, so a reader
 * sees that more was there (never half of a character outside the Basic Multilingual Plane).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** A message of one plain text. */
export const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

/** A message of one plain text that refuses what was asked, and says why (RefusalKind `declined`). */
export const decline = (text: string): Message => ({ ...say(text), refusal: 'declined' });

export function plainText(message: Message): string {
  return message.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
        case 'text':
        case 'note':
        case 'code':
          return b.text;
        case 'list':
          return b.items.map((i) => `• ${itemText(i)}`).join('\n');
        case 'actions':
        case 'quick-input':
        case 'form':
          return '';
        case 'facts':
          return b.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
      }
      return '';
    })
    .join('\n\n');
}

export function itemText(item: ListItem): string {
  if (typeof item === 'string') return item;
  return item.person ? `${item.text} — ${item.person.name}` : item.text;
}
