import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { type Message, plainText } from '../../../src/messages/model.ts';
import { messageCardActions, renderTeamsCard } from '../render-message.ts';
import { renderConfirmationCard } from './render-card.ts';

/** A short answer as a card: its text, and the next steps as buttons (the same ids as on Slack). */
export function savedCard(message: Message): IAdaptiveCard {
  const text = plainText({ ...message, blocks: message.blocks.filter((b) => b.type !== 'actions') });
  const actions = messageCardActions(message) as unknown as NonNullable<IAdaptiveCard['actions']>;
  const card = renderConfirmationCard(text || message.fallback);
  return actions.length > 0 ? { ...card, actions } : card;
}

/**
 * The card a submitted form turns into: a whole view with its heading (the changed digest
 * preview, so the review goes on in the same card), or a short confirmation.
 */
export function answerCard(message: Message, tenant: string): IAdaptiveCard {
  if (message.blocks.some((b) => b.type === 'heading'))
    return renderTeamsCard(message, tenant) as unknown as IAdaptiveCard;
  return savedCard(message);
}
