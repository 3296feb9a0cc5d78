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

/**
 * The texts of Schakel’s answers in `gesprek` after its first `before` messages, sorted: for
 * requests sent at once, whose answers come in either order.
 */
export async function answersSince(
  url: string,
  rol: string,
  gesprek: string,
  before: number,
): Promise<string[]> {
  return (await shownIn(url, rol, gesprek))
    .slice(before)
    .filter((m) => m.fromBot)
    .map((m) => m.text)
    .sort();
}

/** One event of the page's live stream (GET /api/gebeurtenissen): a message, or one changed in place. */
export interface HeardEvent {
  readonly kind: 'activity' | 'update';
  readonly activity: ShownMessage & { readonly conversationId: string };
}

/**
 * The page's live stream as the browser of `rol` opens it: every event that arrives is kept in
 * `heard`, in order of arrival, until `close`. Resolves once the server has taken the stream on.
 */
export async function listenAs(url: string, rol: string): Promise<{ heard: HeardEvent[]; close(): void }> {
  const stop = new AbortController();
  const res = await fetch(`${url}/api/gebeurtenissen?rol=${rol}`, { signal: stop.signal });
  if (res.status !== 200 || !res.body) throw new Error(`De stroom van ${rol} ging niet open: ${res.status}`);
  const heard: HeardEvent[] = [];
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      buffered += value;
      // Server-sent events end with an empty line; a line `data: …` carries the event.
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const data = buffered
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice('data: '.length))
          .join('\n');
        buffered = buffered.slice(end + 2);
        if (data) heard.push(JSON.parse(data) as HeardEvent);
      }
    }
  })();
  return { heard, close: () => stop.abort() };
}

/** The button of `verb` somewhere in a card (an Action.Execute), with the data it sends. */
function buttonIn(card: unknown, verb: string): { verb: string; data: Record<string, unknown> } | null {
  if (typeof card !== 'object' || card === null) return null;
  const c = card as Record<string, unknown>;
  if (c.type === 'Action.Execute' && c.verb === verb)
    return c as { verb: string; data: Record<string, unknown> };
  for (const inside of Object.values(c)) {
    const found = Array.isArray(inside)
      ? inside.map((x) => buttonIn(x, verb)).find(Boolean)
      : buttonIn(inside, verb);
    if (found) return found;
  }
  return null;
}

/**
 * `rol` presses the button of `verb` on the newest card in conversation `gesprek` that has one
 * (POST /api/actie, as the page does); fails when there is no such button.
 */
export async function pressIn(url: string, rol: string, gesprek: string, verb: string): Promise<Response> {
  const buttonOf = (m: ShownMessage) => m.attachments.map((a) => buttonIn(a.content, verb)).find(Boolean);
  const card = (await shownIn(url, rol, gesprek)).findLast(buttonOf);
  const button = card && buttonOf(card);
  if (!card || !button) throw new Error(`Geen knop ${verb} in ${gesprek}`);
  return postToChat(url, '/api/actie', { rol, gesprek, activiteit: card.id, verb, data: button.data });
}

/**
 * "Ja, laten doorgaan" pressed in the question step of the `annuleer` card `cancelled` (the bot's
 * card before its last message, as answerIn returned it): the press's own answer and the message
 * Schakel then shows below the card.
 */
export async function pressGoAheadAfterAll(
  url: string,
  rol: string,
  gesprek: string,
  cancelled: string,
): Promise<{ data: { value?: string }; pressed: unknown; answer: ShownMessage }> {
  const step = cancelled.slice(cancelled.indexOf('"title":"Toch laten doorgaan"'));
  const found = /"title":"Ja, laten doorgaan","verb":"werkgroep_kies","data":(\{[^}]*\})/.exec(step)?.[1];
  if (!found) throw new Error('no "Ja, laten doorgaan" in the annuleer card');
  const data = JSON.parse(found) as { value?: string };
  // The card before the bot's last message (its answer to the question step).
  return { data, ...(await pressOnCard(url, rol, gesprek, -2, data)) };
}

/**
 * A `werkgroep_kies` button with `data` pressed on the bot's card `at` (-1 its newest message):
 * the press's own answer and the message Schakel then shows below the card.
 */
export async function pressOnCard(
  url: string,
  rol: string,
  gesprek: string,
  at: number,
  data: unknown,
): Promise<{ pressed: unknown; answer: ShownMessage }> {
  const card = (await shownIn(url, rol, gesprek)).filter((m) => m.fromBot).at(at);
  const before = (await shownIn(url, rol, gesprek)).length;
  const res = await postToChat(url, '/api/actie', {
    rol,
    gesprek,
    activiteit: card?.id,
    verb: 'werkgroep_kies',
    data,
  });
  const pressed = await res.json();
  const answer = await waitFor('the answer below the card', async () =>
    (await shownIn(url, rol, gesprek)).slice(before).find((m) => m.fromBot),
  );
  return { pressed, answer };
}

/**
 * Femke types `nieuwe-werkgroep` in her chat and submits the form with `naam` (a werkgroep every
 * four weeks from 2 March 2099, no channel, no members); the answer to Opslaan.
 */
export async function submitNewWerkgroep(url: string, naam: string): Promise<Response> {
  const chat = 'a:lokaal-pl';
  await answerIn(url, 'pl', chat, 'nieuwe-werkgroep');
  const card = (await shownIn(url, 'pl', chat)).findLast((m) => m.fromBot);
  const submit = card?.attachments
    .flatMap((a) => (a.content as { actions?: Array<{ verb?: string; data?: object }> }).actions ?? [])
    .find((a) => a.verb === 'werkgroep');
  return postToChat(url, '/api/actie', {
    rol: 'pl',
    gesprek: chat,
    activiteit: card?.id,
    verb: 'werkgroep',
    data: {
      ...submit?.data,
      naam,
      soort: 'werkgroep',
      datum: '2099-03-02',
      tijd: '10:00',
      elke: '4',
      duur: '60',
      koppel: 'nee',
      leden: '',
    },
  });
}
