import { z } from 'zod';
import type { DigestDocument } from '../domain/digest-document.ts';
import type { Logger } from '../logger.ts';
import { SUMMARY_MAX } from '../messages/forms/digest-form.ts';
import { createGuard, type Guard } from '../privacy/guard.ts';
import { aggregatesOf, placeholderValues } from './aggregates.ts';
import { deterministicSummary } from './deterministic.ts';
import { fillTemplate, type PromptTemplate } from './prompt.ts';

export interface AiSettings {
  readonly enabled: boolean;
  /** OpenAI-compatible base URL; an Azure OpenAI deployment URL (with ?api-version=…) works too. */
  readonly baseUrl: string | undefined;
  readonly model: string | undefined;
  readonly apiKey: string | undefined;
  readonly timeoutMs: number;
  readonly prompt: PromptTemplate;
}

export interface SummaryDraft {
  readonly text: string;
  readonly source: 'taalmodel' | 'schakel';
  /** Shown with the text: it is always a draft for the projectleider. */
  readonly notice: string;
}

export const AI_DRAFT_NOTICE = 'Concept, door een taalmodel opgesteld — controleer dit';
export const FIXED_DRAFT_NOTICE = 'Concept, door Schakel opgesteld uit de cijfers — controleer dit';

const answerSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().trim().min(1) }) })).min(1),
});

/** Why the model's text was not used. Logged as is: a reason, never the prompt or the answer. */
class Fallback extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export function chatCompletionsUrl(baseUrl: string): URL {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
  return url;
}

function isAzure(url: URL): boolean {
  return /\.(openai\.azure\.com|cognitiveservices\.azure\.com)$/i.test(url.hostname);
}

/**
 * A short summary of a digest drafted by a language model from its aggregates only. Off unless
 * the region opted in; on any failure (timeout, an error status, an answer that is not what the
 * protocol promises, or text the privacy guard refuses) the deterministic summary stands, so the
 * digest never waits on, or depends on, the model.
 */
export async function draftAiSummary(
  digest: DigestDocument,
  settings: AiSettings,
  fetchFn: typeof fetch,
  deps: { readonly logger: Logger; readonly guard?: Guard },
): Promise<SummaryDraft> {
  const aggregates = aggregatesOf(digest);
  const fixed: SummaryDraft = {
    text: deterministicSummary(aggregates),
    source: 'schakel',
    notice: FIXED_DRAFT_NOTICE,
  };
  if (!settings.enabled) return fixed;
  try {
    if (!settings.baseUrl || !settings.model) throw new Fallback('niet ingesteld');
    const values = placeholderValues(aggregates);
    const url = chatCompletionsUrl(settings.baseUrl);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (settings.apiKey) {
      headers.authorization = `Bearer ${settings.apiKey}`;
      // Azure OpenAI takes its key in its own header; the Bearer one is for Entra ID tokens.
      if (isAzure(url)) headers['api-key'] = settings.apiKey;
    }
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers,
        signal: AbortSignal.timeout(settings.timeoutMs),
        body: JSON.stringify({
          model: settings.model,
          temperature: settings.prompt.temperature,
          max_tokens: settings.prompt.maxTokens,
          messages: [
            { role: 'system', content: fillTemplate(settings.prompt.system, values) },
            { role: 'user', content: fillTemplate(settings.prompt.user, values) },
          ],
        }),
      });
    } catch (error) {
      throw new Fallback(isTimeout(error) ? 'timeout' : 'netwerkfout');
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new Fallback(`status ${response.status}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new Fallback(isTimeout(error) ? 'timeout' : 'geen geldige JSON');
    }
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) throw new Fallback('antwoord volgt het protocol niet');
    const text = parsed.data.choices[0]!.message.content;
    const guard = deps.guard ?? createGuard();
    if (guard.scan(text).length > 0) throw new Fallback('privacycontrole weigert het antwoord');
    // The projectleider edits the draft in a field of SUMMARY_MAX characters: a longer text would
    // not even open there in Slack (an initial value over the field's length is refused).
    if (text.length > SUMMARY_MAX) throw new Fallback(`antwoord langer dan ${SUMMARY_MAX} tekens`);
    return { text, source: 'taalmodel', notice: AI_DRAFT_NOTICE };
  } catch (error) {
    const reason = error instanceof Fallback ? error.reason : 'onverwachte fout';
    deps.logger.warn({ reason }, 'AI-samenvatting niet gebruikt; de vaste samenvatting staat');
    return fixed;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
