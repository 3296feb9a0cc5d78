import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * A prompt lives in its own folder under prompts/: prompt.md (a "## system" and a "## user" part
 * with {{placeholders}}) and settings.json. Kept out of the code so the wording can be reviewed
 * and changed without touching TypeScript; both are checked when read.
 */

export const PROMPTS_DIR = join(import.meta.dirname, '..', '..', 'prompts');

const settingsSchema = z
  .object({
    temperature: z.number().min(0).max(2),
    maxTokens: z.number().int().min(1).max(4000),
  })
  .strict();

export interface PromptTemplate {
  readonly system: string;
  readonly user: string;
  readonly temperature: number;
  readonly maxTokens: number;
}

export function parsePrompt(markdown: string, settingsJson: string): PromptTemplate {
  const system = /^## system\s*$([\s\S]*?)^## user\s*$/m.exec(markdown)?.[1]?.trim();
  const user = /^## user\s*$([\s\S]*)/m.exec(markdown)?.[1]?.trim();
  if (!system || !user) throw new Error('prompt.md heeft een "## system"- en een "## user"-deel nodig');
  const settings = settingsSchema.parse(JSON.parse(settingsJson));
  return { system, user, ...settings };
}

export async function loadPrompt(name: string, dir = PROMPTS_DIR): Promise<PromptTemplate> {
  const folder = join(dir, name);
  const [markdown, settings] = await Promise.all([
    readFile(join(folder, 'prompt.md'), 'utf8'),
    readFile(join(folder, 'settings.json'), 'utf8'),
  ]);
  return parsePrompt(markdown, settings);
}

/** Fills {{name}} placeholders; a placeholder without a value is an error, never sent as is. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Geen waarde voor plaatshouder {{${key}}}`);
    return value;
  });
}
