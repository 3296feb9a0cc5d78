import type { ChannelData } from '@microsoft/teams.api';
import { escapeCardMarkdown as md } from '../../src/escape.ts';
import { fitMessage } from '../../src/messages/fit.ts';
import { LET_BE } from '../../src/messages/let-be.ts';
import type { Action, Block, InlineForm, ListItem, Message, RefusalKind } from '../../src/messages/model.ts';
import { adaptiveCard } from './adaptive-card.ts';
import { FORM_KEY, METADATA_KEY, renderInput } from './forms/render-card.ts';
import { withinTeamsBudget } from './message-budget.ts';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Card inputs and the action that submits them (handlers/quick-input.ts). */
export const QUICK_INPUT_PREFIX = 'quick_';
export const QUICK_INPUT_VERB = 'quick_input';
const MAX_CARD_ACTIONS = 5;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly Record<string, unknown>[];
  readonly actions?: readonly Record<string, unknown>[];
  readonly msteams?: { readonly entities: readonly Mention[] };
}

interface Mention {
  readonly type: 'mention';
  readonly text: string;
  readonly mentioned: { readonly id: string; readonly name: string };
}

/**
 * An Adaptive Card (1.5) for a platform-neutral message. `tenant` is where it will
 * be shown: a person is mentioned (<at>…</at>) where they have a Teams identity there. Every text
 * is the message's plain text escaped for Teams' card Markdown, so what a member typed shows as typed.
 */
export function renderTeamsCard(message: Message, tenant = ''): AdaptiveCard {
  return buildCard(
    fitMessage(message, (m) => withinTeamsBudget(buildCard(m, tenant))),
    tenant,
  );
}

function buildCard(message: Message, tenant: string): AdaptiveCard {
  const mentions: Mention[] = [];
  const body: Record<string, unknown>[] = [];
  const actions: Record<string, unknown>[] = [];
  // Teams shows at most five actions in a row: more buttons go as rows in the card's body.
  const buttons = message.blocks.reduce(
    (n, b) => n + (b.type === 'actions' ? b.actions.length : b.type === 'quick-input' ? 1 : 0),
    0,
  );
  for (const block of message.blocks) {
    if (block.type === 'actions' && buttons > MAX_CARD_ACTIONS) {
      body.push({ type: 'ActionSet', actions: cardActions(block.actions) });
    } else if (block.type === 'actions') {
      actions.push(...cardActions(block.actions));
    } else if (block.type === 'quick-input') {
      // The input sits in the card; its Action.Execute carries what it is about back.
      body.push({
        type: 'Input.Text',
        id: `${QUICK_INPUT_PREFIX}${block.id}`,
        label: block.label,
        placeholder: block.placeholder,
        // No maxLength, as in a form (forms/render-card.ts): a longer text is refused, not cut.
        isMultiline: true,
      });
      actions.push({
        type: 'Action.Execute',
        title: block.submitLabel,
        verb: QUICK_INPUT_VERB,
        data: { action: QUICK_INPUT_VERB, input: block.id, value: block.value },
      });
    } else if (block.type === 'form') {
      body.push(...inlineForm(block));
    } else body.push(renderBlock(block, tenant, mentions));
  }
  return {
    ...adaptiveCard(body, actions),
    ...(mentions.length > 0 ? { msteams: { entities: mentions } } : {}),
  };
}

/**
 * A form inside the card: its choice, and right under it the button that sends it (the verb is
 * the form id, as for a form card), in the body so it stays beside the choice it sends.
 */
function inlineForm({ form }: InlineForm): Record<string, unknown>[] {
  const send = {
    type: 'Action.Execute',
    title: form.submitLabel,
    verb: form.id,
    style: 'positive',
    // `action` routes it to its handler (`card.action.<id>`, handlers/inline-form.ts).
    data: { action: form.id, [FORM_KEY]: form.id, [METADATA_KEY]: form.privateMetadata },
  };
  return [
    renderInput(form.fields[0]) as unknown as Record<string, unknown>,
    { type: 'ActionSet', actions: [send] },
  ];
}

/** Buttons as card actions; one that asks first opens a step in the card (Teams has no dialog). */
export function cardActions(list: readonly Action[]): Record<string, unknown>[] {
  return list.map((a) => {
    const execute = {
      type: 'Action.Execute',
      title: a.confirm ? a.confirm.yes : a.label,
      verb: a.id,
      data: { action: a.id, value: a.value },
    };
    if (!a.confirm) return execute;
    return {
      type: 'Action.ShowCard',
      title: a.label,
      card: {
        type: 'AdaptiveCard',
        body: [
          { type: 'TextBlock', text: md(a.confirm.title), weight: 'Bolder', wrap: true },
          { type: 'TextBlock', text: md(a.confirm.text), wrap: true },
        ],
        // "Nog niet" shows the message again as it was; without that, "Nee" just says nothing changed.
        actions: [execute, backAction(a.confirm.no, a.confirm.back ?? LET_BE)],
      },
    };
  });
}

/** A way back that changes nothing: it sends no input and needs none filled in. */
export function backAction(title: string, back: { readonly id: string; readonly value: string }) {
  return {
    type: 'Action.Execute',
    title,
    verb: back.id,
    associatedInputs: 'none',
    data: { action: back.id, value: back.value },
  };
}

/** The buttons of every actions block of a message. */
export function messageCardActions(message: Message): Record<string, unknown>[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? cardActions(b.actions) : []));
}

/**
 * The activity to send, one bubble in the chat: a message that is only one sentence goes as text;
 * anything more as a card, with the plain text as its summary (notifications, screen readers)
 * rather than as a second text beside the card saying the same thing.
 */
export function renderTeamsActivity(message: Message, tenant = '', replyTo?: string) {
  const build = (m: Message) => buildActivity(m, tenant, replyTo);
  return build(fitMessage(message, (m) => withinTeamsBudget(build(m))));
}

function buildActivity(message: Message, tenant: string, replyTo: string | undefined) {
  const only = message.blocks.length === 1 ? message.blocks[0] : undefined;
  const activity =
    only?.type === 'text'
      ? { type: 'message' as const, text: md(only.text) }
      : cardActivity(message.fallback, buildCard(message, tenant));
  return message.refusal ? { ...activity, channelData: refusalData(message.refusal, replyTo) } : activity;
}

/**
 * A refusal's kind in the activity's channelData, under Schakel's own name (as the notifier's
 * delivery key), with the id of the message it refuses: Teams shows nothing of it; the local chat's
 * connector reads it (local-chat/refusals.ts) to take out that message and no other.
 */
function refusalData(refusal: RefusalKind, replyTo: string | undefined): ChannelData {
  return { schakel: { refusal, ...(replyTo ? { replyTo } : {}) } } as ChannelData;
}

/** A card as a message activity, its text only as the summary. */
export function cardActivity(summary: string, card: unknown) {
  return {
    type: 'message' as const,
    summary,
    attachments: [{ contentType: ADAPTIVE_CARD, content: card }],
  };
}

function renderBlock(
  block: Exclude<Block, { type: 'actions' } | { type: 'quick-input' } | { type: 'form' }>,
  tenant: string,
  mentions: Mention[],
): Record<string, unknown> {
  switch (block.type) {
    case 'heading':
      return { type: 'TextBlock', text: md(block.text), size: 'Large', weight: 'Bolder', wrap: true };
    case 'text':
      return { type: 'TextBlock', text: md(block.text), wrap: true };
    case 'list':
      return {
        type: 'TextBlock',
        text: block.items.map((i) => `- ${renderItem(i, tenant, mentions)}`).join('\r'),
        wrap: true,
      };
    case 'facts':
      return { type: 'FactSet', facts: block.facts.map((f) => ({ title: md(f.label), value: md(f.value) })) };
    case 'note':
      return { type: 'TextBlock', text: md(block.text), wrap: true, isSubtle: true, size: 'Small' };
    case 'code':
      return { type: 'TextBlock', text: md(block.text), wrap: true, fontType: 'Monospace', size: 'Small' };
  }
}

function renderItem(item: ListItem, tenant: string, mentions: Mention[]): string {
  if (typeof item === 'string') return md(item);
  if (!item.person) return md(item.text);
  const id = item.person.identities.find((i) => i.platform === 'teams' && i.workspace === tenant)?.userId;
  if (!id) return `${md(item.text)} — ${md(item.person.name)}`;
  // Teams matches the mention by this text exactly, so the name in it is the entity's own.
  const text = `<at>${item.person.name}</at>`;
  mentions.push({ type: 'mention', text, mentioned: { id, name: item.person.name } });
  return `${md(item.text)} — ${text}`;
}
