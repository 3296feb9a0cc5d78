import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** What each file in src/ imports that it must not. */
function boundaryViolations(root = ROOT): string[] {
  const out: string[] = [];
  for (const file of tsFiles(join(root, 'src'))) {
    const rel = relative(root, file);
    for (const spec of importsOf(file)) {
      if (/^@slack\//.test(spec) || /^@microsoft\/teams\./.test(spec)) out.push(`${rel} imports ${spec}`);
      if ((spec === 'pg' || spec.startsWith('@electric-sql/')) && !rel.startsWith('src/store/'))
        out.push(`${rel} imports ${spec} outside src/store`);
      // Only the command line's `start`, `cards`, `doctor` and `members import` load the adapters, and only lazily.
      if (
        spec.includes('/adapters/') &&
        !/^src\/cli\/commands\/(start|cards|doctor|members-import)\.ts$/.test(rel)
      )
        out.push(`${rel} imports ${spec}`);
    }
  }
  return out;
}

describe('the core knows no platform', () => {
  it('src/ imports no Slack or Teams SDK, and pg only under src/store/', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  it('the check itself catches a violation', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const fake = mkdtempSync(join(tmpdir(), 'boundary-'));
    mkdirSync(join(fake, 'src', 'checkin'), { recursive: true });
    writeFileSync(
      join(fake, 'src', 'checkin', 'leak.ts'),
      "import { App } from '@slack/bolt';\nimport pg from 'pg';\n",
    );
    expect(boundaryViolations(fake)).toEqual([
      'src/checkin/leak.ts imports @slack/bolt',
      'src/checkin/leak.ts imports pg outside src/store',
    ]);
  });
});
