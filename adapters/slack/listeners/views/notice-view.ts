import type { types } from '@slack/bolt';
import { words } from '../../../../src/messages/catalogue/words.ts';
import { escapeMrkdwn } from '../../render-message.ts';

/**
 * A modal that only says something (the round is closed, this is not your form). It replaces
 * the form the member submitted, so they read why nothing was stored without losing their place.
 */
export function noticeView(text: string): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Schakel' },
    close: { type: 'plain_text', text: words().adapters.close },
    blocks: [{ type: 'section', block_id: 'notice', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } }],
  };
}
