import { waitFor } from './wait-for.ts';

/**
 * The local chat's page API as its page calls it, for tests that talk to "Schakel lokaal" over
 * HTTP without a browser. `url` is the chat's address without the trailing slash
 * (LocalChatApp.url).
 */

/** One message as the page shows it (GET /api/gesprek). */
export interface ShownMessage {
  readonly id: string;
  readonly fromBot: boolean;
  readonly text: string;
  readonly attachments: ReadonlyArray<{
    readonly contentType?: string;
    readonly name?: string;
    readonly content?: unknown;
  }>;
}

/** `body` as JSON to one of the page's POST routes (/api/bericht, /api/bestand, /api/klok…). */
export function postToChat(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** `rol` types `tekst` in conversation `gesprek` and presses Enter (POST /api/bericht). */
export function typeInChat(url: string, rol: string, gesprek: string, tekst: string): Promise<Response> {
  return postToChat(url, '/api/bericht', { rol, gesprek, tekst });
}

/** The messages of conversation `gesprek` as `rol` sees them, oldest first. */
export async function shownIn(url: string, rol: string, gesprek: string): Promise<ShownMessage[]> {
  const res = await fetch(`${url}/api/gesprek?rol=${rol}&id=${encodeURIComponent(gesprek)}`);
  return ((await res.json()) as { berichten: ShownMessage[] }).berichten;
}

/**
 * `rol` types `tekst` in conversation `gesprek`; Schakel's first answer after it, as one text
 * (its words and its cards' content).
 */
export async function answerIn(url: string, rol: string, gesprek: string, tekst: string): Promise<string> {
  const before = (await shownIn(url, rol, gesprek)).length;
  await (await typeInChat(url, rol, gesprek, tekst)).text();
  const answer = await waitFor('Schakel’s answer', async () =>
    (await shownIn(url, rol, gesprek)).slice(before).find((m) => m.fromBot),
  );
  return [answer.text, ...answer.attachments.map((a) => JSON.stringify(a.content))].join(' ');
}
