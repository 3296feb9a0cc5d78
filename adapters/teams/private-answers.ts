import type { App } from '@microsoft/teams.apps';
import type { DirectNotifier } from '../../src/checkin/direct-notifier.ts';
import type { Logger } from '../../src/logger.ts';
import { sentToPrivateChat } from '../../src/messages/checkin-messages.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import type { Message } from '../../src/messages/model.ts';
import { teamsDirectNotifier } from './teams-direct-notifier.ts';
import { type ActivityFrom, onlyInPrivateChat, teamsUser } from './teams-user.ts';

/** The activity a personal answer was asked for in: where it came from, and its id (the delivery key). */
type Asked = ActivityFrom & { readonly id?: string; readonly serviceUrl?: string };

/**
 * Personal answers (Message.private: a member's own form with what they saved, their data) are
 * shown only in the member's personal chat with Schakel. Asked for in a shared conversation (a
 * channel, a group chat), `shield` gives the line that stands there instead: a form goes to the
 * personal chat ("Ik heb je het formulier in je privégesprek met Schakel gestuurd.", as the
 * check-in button says), anything else is asked for there. Null: the answer may be shown here.
 */
export function privateAnswers(app: App, logger: Logger) {
  const direct: DirectNotifier = teamsDirectNotifier(app);
  return {
    /** Sends `form` to the member's personal chat; the line to say where they asked. */
    async sendForm(activity: Asked, form: Form): Promise<string> {
      const user = teamsUser(activity);
      const target = { ...user, channelId: user.userId, serviceUrl: activity.serviceUrl ?? null };
      await direct.send(target, { fallback: form.title, blocks: [] }, `open:${activity.id ?? ''}`, form);
      return sentToPrivateChat();
    },

    async shield(activity: Asked, answer: Message): Promise<string | null> {
      if (!answer.private || activity.conversation.conversationType === 'personal') return null;
      if (!answer.form) return onlyInPrivateChat();
      try {
        return await this.sendForm(activity, answer.form);
      } catch (err) {
        // Not sent (the connector failed): still nothing in the channel; the member asks there.
        logger.warn({ err }, 'formulier naar privégesprek mislukt');
        return onlyInPrivateChat();
      }
    },
  };
}

export type PrivateAnswers = ReturnType<typeof privateAnswers>;
