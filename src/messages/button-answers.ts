import type { Message } from './model.ts';

/**
 * Where the answer to a button that runs a command goes (the help card's shortcuts, "Voor welke
 * werkgroep?", "Samenvatting lezen"), the same on every platform:
 * - `presser`: a refusal, to the one who pressed it alone; the card stays as it is;
 * - `private-chat`: a private answer pressed for where others read, to the presser's own chat;
 * - `new-message`: pressed on a card others read too, the answer follows it in a new message and
 *   the card stays as it is for everyone;
 * - `replace`: pressed where only the presser reads (their own chat, an ephemeral message), the
 *   card becomes the answer.
 * Only buttons whose purpose is to change their own card (a form on it, Klaar on a list, a
 * projectleider's publish) update a shared card; they do not come here.
 */
export type ButtonAnswerPlace = 'presser' | 'private-chat' | 'new-message' | 'replace';

export function buttonAnswerPlace(answer: Message, pressedWhereOthersRead: boolean): ButtonAnswerPlace {
  if (answer.refusal) return 'presser';
  if (!pressedWhereOthersRead) return 'replace';
  return answer.private ? 'private-chat' : 'new-message';
}
