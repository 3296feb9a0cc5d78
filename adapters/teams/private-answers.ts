import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { sentToPrivateChat } from '../../src/messages/checkin-messages.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import type { Message } from '../../src/messages/model.ts';
import { fileConsentActivity } from './file-consent.ts';
import { renderFormCard } from './forms/render-card.ts';
import { cardActivity, renderTeamsActivity } from './render-message.ts';
import { type PersonalChatOf, personalChat } from './teams-direct-notifier.ts';
import { type ActivityFrom, teamsUser } from './teams-user.ts';

/** The activity a personal answer was asked for in: where it came from, and its connector. */
type Asked = ActivityFrom & { readonly serviceUrl?: string };

/**
 * Personal answers (Message.private: a member's own form with what they saved, their data, the
 * stuurgroep's summary) are shown only in the member's personal chat with Schakel. Asked for in a
 * shared conversation (a channel, a group chat), they are sent there, as Slack sends them to the
 * member's DM, and the line that stands where they asked says so. When the personal chat cannot be
 * reached, that line says how to open it: nothing private ever falls back to the shared place.
 */
export function privateAnswers(app: App, logger: Logger) {
  /**
   * Sends `answer` (its form as a card, its file offered) to the member's personal chat: whether it
   * went, and the line to say where they asked.
   */
  async function deliverPrivately(
    to: { readonly userId: string; readonly workspace: string; readonly serviceUrl: string | null },
    answer: Message,
  ): Promise<{ readonly sent: boolean; readonly line: string }> {
    try {
      if (!to.serviceUrl) throw new Error('Teams-lid zonder serviceUrl');
      const chat = await personalChat(app, to as PersonalChatOf);
      await chat.post(
        answer.form
          ? cardActivity(answer.fallback, renderFormCard(answer.form))
          : renderTeamsActivity(answer, to.workspace),
      );
      if (answer.file) await chat.post(fileConsentActivity(answer.file));
      return { sent: true, line: answer.form ? sentToPrivateChat() : words().adapters.sentPrivately };
    } catch (err) {
      logger.warn({ err }, 'antwoord naar privégesprek mislukt');
      return { sent: false, line: words().adapters.privateChatUnreachable };
    }
  }
  const sendPrivately = async (to: Parameters<typeof deliverPrivately>[0], answer: Message) =>
    (await deliverPrivately(to, answer)).line;
  const asker = (activity: Asked) => ({ ...teamsUser(activity), serviceUrl: activity.serviceUrl ?? null });

  return {
    deliverPrivately,
    /** Sends `form` to the member's personal chat; the line to say where they asked. */
    sendForm: (activity: Asked, form: Form): Promise<string> =>
      sendPrivately(asker(activity), { fallback: form.title, blocks: [], form, private: true }),
    /** Null: `answer` may be shown where it was asked; else it went to the personal chat, and the line to say so. */
    async shield(activity: Asked, answer: Message): Promise<string | null> {
      if (!answer.private || activity.conversation.conversationType === 'personal') return null;
      return sendPrivately(asker(activity), answer);
    },
  };
}

export type PrivateAnswers = ReturnType<typeof privateAnswers>;
