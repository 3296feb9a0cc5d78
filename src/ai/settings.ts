import type { Config } from '../config.ts';
import { loadPrompt } from './prompt.ts';
import type { AiSettings } from './summary.ts';

/** The AI summary's settings from the configuration and prompts/digest-summary/. */
export async function digestSummarySettings(ai: Config['ai'], promptsDir?: string): Promise<AiSettings> {
  return { ...ai, prompt: await loadPrompt('digest-summary', promptsDir) };
}
