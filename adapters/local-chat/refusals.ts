import type { LocalConnector } from './connector.ts';

/**
 * After Schakel refused a typed message for client data. On Teams the message stays where it was
 * typed (a bot cannot delete it), so the refusal asks its writer to delete it in a channel; on
 * Slack a `/schakel` line is never shown to others and the refusal only to its writer. Here the
 * chat is the platform and does better: the text is taken out of its history and off every page
 * showing it, a line saying so in its place. Schakel knew this when it worded the refusal (the
 * page's clientInfo entity: teams/teams-user.ts), so the refusal already says it is gone; it
 * carries its kind (`refusal`), never recognised by its words, and the id of the message it refuses
 * (`refuses`): someone else's message typed at the same moment is never taken out. True when
 * the typed message (`shown` in the chat, `sent` as the activity's id) was refused. `line` is
 * localChat.refusedTaken in the writer's language.
 */
export function takeOutRefused(
  connector: LocalConnector,
  conversationId: string,
  typed: { readonly shown: string; readonly sent: string },
  line: string,
): boolean {
  const refused = connector
    .history(conversationId)
    .some((a) => a.fromBot && a.refusal === 'privacy' && a.refuses === typed.sent);
  if (!refused) return false;
  connector.amend(conversationId, typed.shown, { text: line, attachments: [], taken: true });
  return true;
}
