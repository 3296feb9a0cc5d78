import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';

/**
 * Microsoft's own Adaptive Cards library, the renderer behind Teams' web client, used as the
 * judge of our cards. Its lib/ folder is ES modules with extensionless imports that Node cannot
 * load, so we take the UMD bundle it also ships, which loads without a DOM.
 */
const require = createRequire(import.meta.url);
export const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

/**
 * Every event the library raises while parsing `json` as a 1.5 card and validating it (errors,
 * warnings and hints alike), as "EventName: message". Empty means a clean card.
 */
export function adaptiveCardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  const validation = card.validateProperties();
  return [...events, ...validation.validationEvents].map(
    (e) => `${AC.ValidationEvent[e.event]}: ${e.message}`,
  );
}

export function parseAdaptiveCard(json: unknown): AdaptiveCardsModule.AdaptiveCard {
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext(AC.Versions.v1_5));
  return card;
}
