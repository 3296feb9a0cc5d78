import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;

import type { Block, Message } from '../../src/messages/model.ts';

/** Block Kit for a platform-neutral message. Slack's mrkdwn needs &, < and > escaped. */
export function renderSlackMessage(message: Message): { text: string; blocks: KnownBlock[] } {
  return { text: message.fallback, blocks: message.blocks.map(renderBlock) };
}

function renderBlock(block: Block): KnownBlock {
  switch (block.type) {
    case 'heading':
      return { type: 'header', text: { type: 'plain_text', text: block.text.slice(0, 150) } };
    case 'text':
      return { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(block.text) } };
    case 'list':
      return {
        type: 'section',
        text: { type: 'mrkdwn', text: block.items.map((i) => `• ${escapeMrkdwn(i)}`).join('\n') },
      };
    case 'facts':
      return {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: block.facts.map((f) => `*${escapeMrkdwn(f.label)}* — ${escapeMrkdwn(f.value)}`).join('\n'),
        },
      };
    case 'note':
      return { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(block.text) }] };
  }
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
