import type { ServerResponse } from 'node:http';

/**
 * Answers to requests refused before any listener ran: Bolt could not authorize them (Slack did
 * not answer auth.test, or refused it). Nothing was carried out, so Slack's retry of such a request
 * must be carried out, not answered as a replay (request-gate.ts).
 */
const refusedUnheard = new WeakSet<ServerResponse>();

export function markNotCarriedOut(res: ServerResponse): void {
  refusedUnheard.add(res);
}

export function wasNotCarriedOut(res: ServerResponse): boolean {
  return refusedUnheard.has(res);
}
