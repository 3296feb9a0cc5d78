import type { App, BlockAction, RespondFn } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { words } from '../../../../src/messages/catalogue/words.ts';
import { noticeView } from '../views/notice-view.ts';
import { respondToPresser } from './button-answer.ts';

type Middleware = Parameters<InstanceType<typeof App>['use']>[0];

/**
 * A button no listener took (of a message an older Schakel sent): acknowledged, and the one who
 * pressed it reads, in their language, that Schakel does not know it, as on Teams. In a message
 * the answer is ephemeral (its response_url); on the App Home or in a modal, which have none, it
 * is a small notice modal. Runs inside the member's language (registered after slackLocale).
 *
 * `acknowledged` says whether a listener answered the request already (the receiver notes each
 * ack); where that is not known it is null, and the button is only acknowledged.
 */
export function unknownButton(acknowledged: ((ack: unknown) => boolean) | null, logger: Logger): Middleware {
  return async (args) => {
    await args.next();
    const body = args.body as BlockAction;
    const { ack, respond } = args as { ack?: (body?: undefined) => Promise<void>; respond?: RespondFn };
    if (!acknowledged || body.type !== 'block_actions' || typeof ack !== 'function' || acknowledged(ack))
      return;
    await ack();
    const text = words().errors.unknownButton('/schakel ');
    try {
      if (respond) {
        await respondToPresser(respond, { fallback: text, blocks: [{ type: 'text', text }] });
      } else if (body.view?.type === 'modal') {
        await args.client.views.push({ trigger_id: body.trigger_id, view: noticeView(text) });
      } else {
        await args.client.views.open({ trigger_id: body.trigger_id, view: noticeView(text) });
      }
    } catch (err) {
      logger.warn({ err }, 'onbekende knop beantwoorden mislukt');
    }
  };
}
