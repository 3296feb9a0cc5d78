import { describe, expect, it } from 'vitest';
import { fillTemplate, loadPrompt, parsePrompt } from '../../src/ai/prompt.ts';
import { digestSummarySettings } from '../../src/ai/settings.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('AI settings', () => {
  it('are off by default', () => {
    expect(loadConfig({}).ai).toEqual({
      enabled: false,
      baseUrl: undefined,
      model: undefined,
      apiKey: undefined,
      timeoutMs: 20_000,
    });
  });

  it('read an Azure OpenAI deployment', async () => {
    const c = loadConfig({
      AI_SUMMARY: 'true',
      AI_BASE_URL: 'https://schakel-eu.openai.azure.com/openai/deployments/gpt-4o-eu?api-version=2024-10-21',
      AI_MODEL: 'gpt-4o-eu',
      AI_API_KEY: 'sleutel',
      AI_TIMEOUT_MS: '5000',
    });
    expect(c.ai).toMatchObject({ enabled: true, model: 'gpt-4o-eu', apiKey: 'sleutel', timeoutMs: 5000 });
    const s = await digestSummarySettings(c.ai);
    expect(s.prompt.temperature).toBe(0.2);
    expect(s.enabled).toBe(true);
  });

  it.each([
    [{ AI_SUMMARY: 'true', AI_MODEL: 'm' }, 'AI_BASE_URL'],
    [{ AI_SUMMARY: 'true', AI_BASE_URL: 'https://x.example/v1' }, 'AI_MODEL'],
    [{ AI_BASE_URL: 'geen-url' }, 'AI_BASE_URL'],
    [{ AI_TIMEOUT_MS: '10' }, 'AI_TIMEOUT_MS'],
    [{ AI_SUMMARY: 'misschien' }, 'AI_SUMMARY'],
  ])('names the variable when a setting is wrong: %j', (env, variable) => {
    expect(errorOf(env).variable).toBe(variable);
  });
});

describe('prompts/digest-summary', () => {
  it('has a system and a user part and every placeholder Schakel fills', async () => {
    const p = await loadPrompt('digest-summary');
    expect(p.system).toContain('Nederlands');
    const values = Object.fromEntries(
      ['regio', 'periode', 'niveaus', 'knelpunten', 'checklist', 'voortgang', 'respons'].map((k) => [
        k,
        `<${k}>`,
      ]),
    );
    expect(fillTemplate(p.user, values)).not.toMatch(/\{\{/);
  });

  it('refuses a template without its parts, wrong settings, or an unknown placeholder', () => {
    expect(() => parsePrompt('## user\nhoi', '{"temperature":0.2,"maxTokens":10}')).toThrow('## system');
    expect(() => parsePrompt('## system\na\n## user\nb', '{"temperature":5,"maxTokens":10}')).toThrow();
    expect(() => fillTemplate('{{onbekend}}', {})).toThrow('onbekend');
  });
});
