import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { finished, type ProcessResult } from './run-cli.ts';

/**
 * Other people's tools, installed from Debian by .ci/run, used as oracles. A test whose tool is
 * missing is skipped with `missing(tool)` as its reason, in Dutch, naming the package to install.
 */
export const TOOLS = {
  promtool: { path: '/usr/bin/promtool', pkg: 'prometheus' },
  pdfinfo: { path: '/usr/bin/pdfinfo', pkg: 'poppler-utils' },
  pdffonts: { path: '/usr/bin/pdffonts', pkg: 'poppler-utils' },
  pdftoppm: { path: '/usr/bin/pdftoppm', pkg: 'poppler-utils' },
  pdftotext: { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  python3: { path: '/usr/bin/python3', pkg: 'python3' },
} as const;
export type ToolName = keyof typeof TOOLS;

export function hasTool(tool: ToolName): boolean {
  return existsSync(TOOLS[tool].path);
}

export function missing(tool: ToolName): string {
  return `${TOOLS[tool].path} ontbreekt: installeer Debian's ${TOOLS[tool].pkg} (zie .ci/run) voor deze test`;
}

/** Runs a tool with `input` on stdin and collects its exit code and output. */
export function runTool(
  tool: ToolName,
  args: readonly string[],
  input: string | Uint8Array = '',
): Promise<ProcessResult> {
  const child = spawn(TOOLS[tool].path, args, { env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' } });
  return finished(child, input);
}
