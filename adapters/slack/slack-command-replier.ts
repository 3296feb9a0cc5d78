import type { CommandReplier } from '../../src/jobs/command-replier.ts';
import type { SendTarget } from '../../src/jobs/notifier.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { type Message, say } from '../../src/messages/model.ts';
import { renderSlackMessage } from './render-message.ts';
import { slackDirectNotifier } from './slack-direct-notifier.ts';
import type { TokenResolver } from './workspace-tokens.ts';

/** Said where a personal answer would have been (Dutch; `sentPrivately()` in the member's language). */
export const SENT_PRIVATELY = nl.adapters.sentPrivately;

export function sentPrivately(): string {
  return words().adapters.sentPrivately;
}
/** How far back the member's direct messages are read to see whether an answer already arrived. */
const LOOK_BACK_MS = 24 * 60 * 60_000;

/**
 * What an answer that came after the ack looks like on Slack: what replaces "Bezig…" (through the
 * response_url), and what goes to the member's direct message. Personal data only in the DM; a
 * modal can no longer be opened (its trigger lasts 3 seconds), so the member is asked to type again.
 */
export function lateSlackAnswer(message: Message): { replace: Message; direct: Message | null } {
  if (message.form) return { replace: say(words().adapters.formAgain), direct: null };
  if (message.private) return { replace: say(sentPrivately()), direct: message };
  return { replace: message, direct: null };
}

/** Puts `message` in place of the message the response_url belongs to; false when Slack no longer takes it. */
export async function replaceViaResponseUrl(
  url: string,
  message: Message,
  workspace: string,
): Promise<boolean> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replace_original: true, ...renderSlackMessage(message, workspace) }),
  });
  await res.body?.cancel();
  // Expired or used up (Slack allows five answers in 30 minutes): the caller sends it directly.
  if (res.status >= 400 && res.status < 500) return false;
  if (!res.ok) throw new Error(`Slack response_url: ${res.status}`);
  return true;
}

/**
 * The scheduler's answers to slow `/schakel` commands: in place of "Bezig…" while the command's
 * response_url lasts, else in the member's direct message with the app. A direct message carries
 * its delivery key, so after a failed or interrupted attempt it is read back before it is sent again.
 */
export function slackCommandReplier(settings: { tokenFor: TokenResolver; apiUrl: string }): CommandReplier {
  const direct = slackDirectNotifier(settings);
  return {
    async reply(to, message, key, again) {
      const target: SendTarget = { ...to, platform: 'slack', channelId: to.userId, serviceUrl: null };
      const sendDirect = async (m: Message) => {
        const since = new Date(Date.now() - LOOK_BACK_MS);
        if (again && (await direct.wasDelivered?.(target, key, since))) return;
        await direct.send(target, m, key);
      };
      const late = lateSlackAnswer(message);
      if (late.direct) await sendDirect(late.direct);
      const replaced = to.replyUrl
        ? await replaceViaResponseUrl(to.replyUrl, late.replace, to.workspace)
        : false;
      if (!replaced && !late.direct) await sendDirect(late.replace);
    },
  };
}
