import type { Block, Message } from '../../src/messages/model.ts';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly Record<string, unknown>[];
  readonly actions?: readonly Record<string, unknown>[];
}

/** An Adaptive Card (1.5) for a platform-neutral message. */
export function renderTeamsCard(message: Message): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: message.blocks.map(renderBlock),
  };
}

/** The activity to send: the card plus plain text for notifications. */
export function renderTeamsActivity(message: Message) {
  return {
    type: 'message' as const,
    text: message.fallback,
    attachments: [{ contentType: ADAPTIVE_CARD, content: renderTeamsCard(message) }],
  };
}

function renderBlock(block: Block): Record<string, unknown> {
  switch (block.type) {
    case 'heading':
      return { type: 'TextBlock', text: block.text, size: 'Large', weight: 'Bolder', wrap: true };
    case 'text':
      return { type: 'TextBlock', text: block.text, wrap: true };
    case 'list':
      return { type: 'TextBlock', text: block.items.map((i) => `- ${i}`).join('\r'), wrap: true };
    case 'facts':
      return { type: 'FactSet', facts: block.facts.map((f) => ({ title: f.label, value: f.value })) };
    case 'note':
      return { type: 'TextBlock', text: block.text, wrap: true, isSubtle: true, size: 'Small' };
  }
}
