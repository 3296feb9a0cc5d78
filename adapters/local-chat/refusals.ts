import type { LocalConnector } from './connector.ts';

/**
 * After Schakel refused a typed message for client data. On Teams the message stays where it was
 * typed (a bot cannot delete it), so the refusal asks its writer to delete it in a channel; on
 * Slack a `/schakel` line is never shown to others and the refusal only to its writer. Here the
 * chat is the platform and does better: the text is taken out of its history and off every page
 * showing it, a line saying so in its place. Schakel knew this when it worded the refusal (the
 * page's clientInfo entity: teams/teams-user.ts), so the refusal already says it is gone; it
 * carries its kind (`refusal`), never recognised by its words, and the id of the message it refuses
 * (`refuses`): someone else's message typed at the same moment is never taken out. A message
 * refused only for a sign that changes its reading direction (`direction`) is taken out too, as
 * others would read it otherwise than it is, and its line says that, not client data. True when
 * the typed message (`shown` in the chat, `sent` as the activity's id) was refused. `lines` are
 * the localChat words in the writer's language.
 */
export function takeOutRefused(
  connector: LocalConnector,
  conversationId: string,
  typed: { readonly shown: string; readonly sent: string },
  lines: { readonly refusedTaken: string; readonly directionTaken: string },
): boolean {
  const refusal = connector
    .history(conversationId)
    .find(
      (a) => a.fromBot && a.refuses === typed.sent && (a.refusal === 'privacy' || a.refusal === 'direction'),
    );
  if (!refusal) return false;
  const text = refusal.refusal === 'direction' ? lines.directionTaken : lines.refusedTaken;
  connector.amend(conversationId, typed.shown, { text, attachments: [], taken: true });
  return true;
}
