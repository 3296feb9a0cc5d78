import { z } from 'zod';
import { platformText } from '../http/platform-text.ts';

// An id Teams gives (a member, a conversation, a tenant): kept and looked up as it is, so never
// with U+0000 or a lone surrogate (platform-text.ts).
const id = platformText(1_000).min(1);
const account = z.looseObject({
  id,
  name: z.string().max(1_000).optional(),
  aadObjectId: platformText(100).optional(),
});
/** A thing Teams names by its id inside channelData (the team, the channel, the tenant). */
const named = z.looseObject({ id: id.optional() });

/**
 * What every activity Schakel handles must carry before the SDK sees it: who sent it, in which
 * conversation, and where to answer. The SDK casts the body without looking; a body without these
 * fails deep inside it, so it is refused here (400) instead.
 */
export const teamsActivity = z
  .looseObject({
    type: z.string().min(1).max(100),
    id: id.optional(),
    channelId: z.string().max(100).optional(),
    // Where Schakel sends its answer, with its own token: a web address only (never file:, never
    // the link-local address cloud machines keep their metadata and credentials at).
    serviceUrl: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .refine((url) => !linkLocal(new URL(url).hostname), {
        message: 'een serviceUrl op een link-local adres',
      })
      .optional(),
    from: account,
    recipient: account.optional(),
    conversation: z.looseObject({
      id,
      // The three Teams has; Schakel keeps it with the conversation (a column that allows no other).
      conversationType: z.enum(['personal', 'groupChat', 'channel']).optional(),
      tenantId: platformText(1_000).optional(),
    }),
    text: z.string().max(100_000).optional(),
    name: z.string().max(1_000).optional(),
    value: z.unknown().optional(),
    // What the handlers and the SDK read beyond the envelope: a list where they expect one, an id
    // as text. Teams sends nothing else; anything else failed inside a handler as a fault.
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    entities: z
      .array(z.looseObject({ type: z.string().max(100), text: z.string().max(100_000).optional() }))
      .optional(),
    locale: z.string().max(100).optional(),
    channelData: z
      .looseObject({
        eventType: z.string().max(100).optional(),
        tenant: named.optional(),
        team: named.optional(),
        channel: named.optional(),
      })
      .optional(),
  })
  .refine((a) => a.type !== 'invoke' || a.name !== 'adaptiveCard/action' || hasExecuteAction(a.value), {
    message: 'een kaartactie zonder actie',
  })
  // Every invoke Teams sends carries an object (or nothing); the SDK's router reads into it.
  .refine((a) => a.type !== 'invoke' || a.value === undefined || isObject(a.value), {
    message: 'een actie waarvan de waarde geen object is',
  })
  // Where the answer goes: Teams sends it with every activity; a message, an invoke or an install
  // without it would be handled and then fail to answer (or be stored with nowhere to answer).
  .refine((a) => !NEEDS_AN_ANSWER.has(a.type) || a.serviceUrl !== undefined, {
    message: 'een activiteit zonder serviceUrl om op te antwoorden',
  })
  // Teams gives every message and invoke an id; without one, a replay could not be told apart
  // from a new request (adapters/teams/replays.ts) and would be carried out again.
  .refine((a) => (a.type !== 'message' && a.type !== 'invoke') || a.id !== undefined, {
    message: 'een bericht of actie zonder id',
  });

/** The activities Schakel answers on their serviceUrl, or keeps it from (an install). */
const NEEDS_AN_ANSWER = new Set(['message', 'invoke', 'installationUpdate']);

/** 169.254.0.0/16 and fe80::/10, also IPv4-mapped, as the URL parser writes them (so 0xA9FEA9FE too). */
function linkLocal(hostname: string): boolean {
  return /^169\.254\./.test(hostname) || /^\[(?:fe[89ab][0-9a-f]?:|::ffff:a9fe:)/i.test(hostname);
}

function hasExecuteAction(value: unknown): boolean {
  return isObject((value as { action?: unknown } | null | undefined)?.action);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type TeamsActivityEnvelope = z.infer<typeof teamsActivity>;
