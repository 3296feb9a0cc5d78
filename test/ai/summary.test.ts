import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderModal } from '../../adapters/slack/forms/render-modal.ts';
import { aggregatesOf } from '../../src/ai/aggregates.ts';
import { deterministicSummary } from '../../src/ai/deterministic.ts';
import { loadPrompt, type PromptTemplate } from '../../src/ai/prompt.ts';
import {
  AI_DRAFT_NOTICE,
  type AiSettings,
  chatCompletionsUrl,
  draftAiSummary,
  FIXED_DRAFT_NOTICE,
} from '../../src/ai/summary.ts';
import { buildDigest } from '../../src/digest/aggregate.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { createLogger } from '../../src/logger.ts';
import { digestTextForm, SUMMARY_MAX } from '../../src/messages/forms/digest-form.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { slackModalProblems } from '../adapters/slack-limits.ts';
import { insertDigestFixture, MEMBER_NAMES, REGION } from '../digest/fixture.ts';
import { type Reply, startRecordingServer } from '../support/recording-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const NOW = new Date('2026-09-20T08:00:00Z');
// Free text in the fixture that must never reach the model.
const FREE_TEXT = [
  'Eerste gezamenlijke casusbespreking gehouden',
  'Korte lijnen met de klantmanagers',
  'Te weinig tijd voor overleg',
  'Werkdruk bij klantmanagers',
  'Onduidelijk welke gegevens gedeeld mogen worden',
  'Overlegtijd niet declarabel',
  'Convenant opstellen met de FG',
  'Gesprek met zorgverzekeraar',
];
const GOOD_TEXT =
  'De samenwerking staat op niveau 3,5 en groeit naar het doel van 4. Tijd en capaciteit is het grootste knelpunt.';

let t: TestDatabase;
let digest: DigestDocument;
let prompt: PromptTemplate;
let reply: (body: Record<string, unknown>) => Reply | Promise<Reply>;
let server: Awaited<ReturnType<typeof startRecordingServer>>;
let logLines: string[];

function logger() {
  logLines = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  return createLogger('info', sink as never);
}

function settings(overrides: Partial<AiSettings> = {}): AiSettings {
  return {
    enabled: true,
    baseUrl: `${server.url}/v1`,
    model: 'gpt-4o-mini',
    apiKey: 'test-sleutel',
    timeoutMs: 2_000,
    prompt,
    ...overrides,
  };
}

const answer = (content: string): Reply => ({
  body: {
    id: 'x',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content } }],
  },
});

beforeAll(async () => {
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  digest = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
  prompt = await loadPrompt('digest-summary');
  server = await startRecordingServer((call) => reply(call.body));
});
afterEach(() => {
  server.calls.length = 0;
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

describe('the optional AI summary', () => {
  it('sends nothing at all when it is off, and gives the fixed summary', async () => {
    reply = () => answer(GOOD_TEXT);
    const draft = await draftAiSummary(digest, settings({ enabled: false }), fetch, { logger: logger() });
    expect(server.calls).toHaveLength(0);
    expect(draft).toEqual({
      text: deterministicSummary(aggregatesOf(digest)),
      source: 'schakel',
      notice: FIXED_DRAFT_NOTICE,
    });
  });

  it('sends only aggregates over the chat-completions protocol and returns the answer as a draft', async () => {
    reply = () => answer(GOOD_TEXT);
    const draft = await draftAiSummary(digest, settings(), fetch, { logger: logger() });
    expect(draft).toEqual({ text: GOOD_TEXT, source: 'taalmodel', notice: AI_DRAFT_NOTICE });
    expect(draft.notice).toBe('Concept, door een taalmodel opgesteld — controleer dit');

    expect(server.calls).toHaveLength(1);
    const call = server.calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.path).toBe('/v1/chat/completions');
    expect(call.headers.authorization).toBe('Bearer test-sleutel');
    expect(call.body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0.2, max_tokens: 400 });
    const messages = call.body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const sent = JSON.stringify(call.body);
    // The aggregates are there…
    expect(sent).toContain('Totaal: 3,5 (11 antwoorden)');
    expect(sent).toContain('UWV: te weinig antwoorden om te tonen');
    expect(sent).toContain('Tijd en capaciteit: 4');
    expect(sent).toContain('Opgelost in de periode: 1');
    expect(sent).toContain('Punt 4: van nee naar in ontwikkeling');
    expect(sent).toContain('Trajecten: 30 (doel 34)');
    expect(sent).toContain('11 van 12 leden');
    expect(sent).not.toMatch(/\{\{/);
    // …and no member name and no free text from the fixture.
    for (const name of MEMBER_NAMES) expect(sent).not.toContain(name);
    for (const text of FREE_TEXT) expect(sent).not.toContain(text);
  });

  it.each([
    ['a 500', () => ({ status: 500, body: { error: { message: 'intern' } } }), 'status 500', {}],
    [
      'a timeout',
      // The model never answers (closing the stand-in ends the request): only the timeout can end it.
      () => new Promise<Reply>(() => undefined),
      'timeout',
      { timeoutMs: 300 },
    ],
    [
      'an answer with a BSN',
      () => answer('Cliënt met BSN 111222333 is aan het werk.'),
      'privacycontrole',
      {},
    ],
    ['an answer outside the protocol', () => ({ body: { choices: [] } }), 'protocol', {}],
  ])(
    'falls back to the fixed summary on %s, logging the reason without content',
    async (_, respond, reason, extra) => {
      reply = respond as typeof reply;
      const draft = await draftAiSummary(digest, settings(extra), fetch, { logger: logger() });
      expect(server.calls).toHaveLength(1);
      expect(draft.source).toBe('schakel');
      expect(draft.text).toBe(deterministicSummary(aggregatesOf(digest)));
      expect(draft.notice).toBe(FIXED_DRAFT_NOTICE);
      const log = logLines.join('');
      expect(log).toContain(reason);
      expect(log).not.toContain('111222333');
      expect(log).not.toContain('Tijd en capaciteit');
      expect(log).not.toContain('test-sleutel');
    },
  );

  it('falls back when the answer is longer than the text field the projectleider edits it in, so Tekst aanpassen opens in Slack', async () => {
    const long = Array.from({ length: 20 }, () => GOOD_TEXT).join(' ');
    expect(long.length).toBeGreaterThan(SUMMARY_MAX);
    const meta = { digest: 'd1' };
    // Slack refuses a modal whose text field starts with more than the field takes.
    expect(slackModalProblems(renderModal(digestTextForm(meta, long)))).toEqual([
      'blocks.1.element: initial_value longer than max_length',
    ]);
    reply = () => answer(long);
    const draft = await draftAiSummary(digest, settings(), fetch, { logger: logger() });
    expect(draft.source).toBe('schakel');
    expect(logLines.join('')).toContain(`antwoord langer dan ${SUMMARY_MAX} tekens`);
    expect(slackModalProblems(renderModal(digestTextForm(meta, draft.text)))).toEqual([]);
  });

  it('falls back when the endpoint cannot be reached', async () => {
    const draft = await draftAiSummary(digest, settings({ baseUrl: 'http://127.0.0.1:1/v1' }), fetch, {
      logger: logger(),
    });
    expect(draft.source).toBe('schakel');
    expect(logLines.join('')).toContain('netwerkfout');
  });
});

describe('the endpoint', () => {
  it('posts an Azure OpenAI deployment the same way, keeping its api-version', () => {
    const url = chatCompletionsUrl(
      'https://schakel-eu.openai.azure.com/openai/deployments/gpt-4o-eu?api-version=2024-10-21',
    );
    expect(url.toString()).toBe(
      'https://schakel-eu.openai.azure.com/openai/deployments/gpt-4o-eu/chat/completions?api-version=2024-10-21',
    );
    expect(chatCompletionsUrl('https://api.example.eu/v1/').pathname).toBe('/v1/chat/completions');
  });

  it('sends the key as api-key too when the host is Azure OpenAI', async () => {
    let seen: Headers | undefined;
    const fake = (async (_url: URL, init: RequestInit) => {
      seen = new Headers(init.headers);
      return new Response(JSON.stringify(answer(GOOD_TEXT).body), { status: 200 });
    }) as unknown as typeof fetch;
    const draft = await draftAiSummary(
      digest,
      settings({
        baseUrl: 'https://schakel-eu.openai.azure.com/openai/deployments/gpt-4o-eu?api-version=2024-10-21',
      }),
      fake,
      { logger: logger() },
    );
    expect(draft.source).toBe('taalmodel');
    expect(seen?.get('api-key')).toBe('test-sleutel');
    expect(seen?.get('authorization')).toBe('Bearer test-sleutel');
  });
});

describe('the fixed summary', () => {
  it('is a few Dutch sentences from the aggregates', () => {
    expect(deterministicSummary(aggregatesOf(digest))).toBe(
      'In 2026-T2 staat de samenwerking op niveau 3,5 (gestart op 2, het doel is 4). ' +
        'Het meest genoemde knelpunt is tijd en capaciteit (4 keer). Eén knelpunt is opgelost. ' +
        'Van de checklist die de werkgroep afsprak staan 3 van de 20 punten op ja. Er liepen 30 trajecten tegen een doel van 34 voor deze periode.',
    );
  });

  it('names every knelpunt that shares the top count instead of picking one of a tie', () => {
    const tied = (byCategory: DigestDocument['knelpunten']['byCategory']) =>
      deterministicSummary(aggregatesOf({ ...digest, knelpunten: { ...digest.knelpunten, byCategory } }));
    expect(tied({ 'tijd-capaciteit': 2, 'privacy-avg': 2, werkgevers: 1 })).toContain(
      'Het meest genoemd zijn, elk 2 keer, de knelpunten ‘tijd en capaciteit’ en ‘privacy en gegevensuitwisseling (AVG)’.',
    );
    expect(tied({ 'tijd-capaciteit': 1, 'privacy-avg': 1 })).toContain(
      'De knelpunten ‘tijd en capaciteit’ en ‘privacy en gegevensuitwisseling (AVG)’ zijn elk 1 keer genoemd; geen springt eruit.',
    );
    expect(tied({ 'privacy-avg': 1, 'tijd-capaciteit': 3 })).toContain(
      'Het meest genoemde knelpunt is tijd en capaciteit (3 keer).',
    );
    expect(tied({})).toContain('Er zijn geen knelpunten genoemd.');
  });
});
