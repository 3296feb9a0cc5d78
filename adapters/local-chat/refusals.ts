import { escapeCardMarkdown } from '../../src/escape.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { LocalConnector } from './connector.ts';

/** The chat is Dutch, as the demo region is; a refusal is known in either language. */
const chat = words('nl').localChat;
const LANGUAGES = ['nl', 'en'] as const;
const REFUSAL_SUMMARIES = new Set(LANGUAGES.map((l) => words(l).errors.privacyFallback));
const DELETE_OWN = new Set(
  LANGUAGES.flatMap((l) => {
    const line = words(l).errors.privacyDeleteOwn;
    return [line, escapeCardMarkdown(line)];
  }),
);

/**
 * After Schakel refused a typed message for client data. On Teams the message stays where it was
 * typed (a bot cannot delete it), so the refusal asks its writer to delete it in a channel; on
 * Slack a `/schakel` line is never shown to others and the refusal only to its writer. Here the
 * chat is the platform and does better: the text is taken out of its history and off every page
 * showing it, a line saying so in its place, and the refusal's request to delete it says that it
 * is gone instead. True when `typedId` was refused.
 */
export function takeOutRefused(connector: LocalConnector, conversationId: string, typedId: string): boolean {
  const history = connector.history(conversationId);
  const after = history.slice(history.findIndex((a) => a.id === typedId) + 1);
  const refusal = after.find((a) => a.fromBot && a.summary !== undefined && REFUSAL_SUMMARIES.has(a.summary));
  if (!refusal) return false;
  connector.amend(conversationId, typedId, { text: chat.refusedTaken, attachments: [], taken: true });
  const gone = escapeCardMarkdown(chat.refusedTakenForAll);
  const said = JSON.stringify(refusal.attachments, (_key, value: unknown) =>
    typeof value === 'string' && DELETE_OWN.has(value) ? gone : value,
  );
  connector.amend(conversationId, refusal.id, { attachments: JSON.parse(said) });
  return true;
}
