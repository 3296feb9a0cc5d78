import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { type Conversation, conversationOf, type Role, roleByKey } from './tenant.ts';

/** The longest message the chat passes on (Schakel's commands take far less). */
export const MESSAGE_MAX = 4000;

/** The length of the text a message body carries, as the limit counts it (trimmed); 0 without one. */
export function typedLength(body: unknown): number {
  const text = typeof body === 'object' && body !== null && 'tekst' in body ? body.tekst : null;
  return typeof text === 'string' ? text.trim().length : 0;
}

/**
 * The fields of a message body that are missing or not text (`rol: 5`), as the body names them;
 * none when the request is only empty ("   "), which is worded as a message not typed yet.
 */
export function fieldsNotText(body: unknown): string[] {
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.keys(messageBody.shape).filter((k) => typeof b[k] !== 'string');
}

/** What the page posts: who plays, in which conversation, and what they did. */
export const messageBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  tekst: z.string().trim().min(1).max(MESSAGE_MAX),
});
export const actionBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  activiteit: z.string(),
  verb: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()).default({}),
});
export const fileBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  activiteit: z.string(),
  toestaan: z.boolean(),
});
export const clockBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  stap: z.enum(['bijeenkomst', 'dag', 'week']),
});

/** The role and one of its own conversations, by their keys; null when either is unknown. */
export function roleIn(
  roleKey: string,
  conversationId: string,
): { role: Role; conversation: Conversation } | null {
  const role = roleByKey(roleKey);
  const conversation = role ? conversationOf(role, conversationId) : null;
  return role && conversation ? { role, conversation } : null;
}

/**
 * `body` read with `schema`, with the role and conversation it names; when wrong: 'long' (a text
 * over its maximum), 'invalid' (anything else in the body) or 'place' (role or conversation unknown).
 */
export function posted<T extends { rol: string; gesprek: string }>(
  schema: z.ZodType<T>,
  body: unknown,
): (T & { role: Role; conversation: Conversation }) | 'long' | 'invalid' | 'place' {
  const b = schema.safeParse(body);
  if (!b.success) return b.error.issues.some((i) => i.code === 'too_big') ? 'long' : 'invalid';
  const place = roleIn(b.data.rol, b.data.gesprek);
  return place ? { ...b.data, ...place } : 'place';
}

/** `?rol=…&id=…` of a GET: the role and its conversation, or null. */
export function asked(req: IncomingMessage): { role: Role; conversation: Conversation } | null {
  const q = new URL(req.url ?? '/', 'http://lokaal').searchParams;
  return roleIn(q.get('rol') ?? '', q.get('id') ?? '');
}
