import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TEXT = /\.(?:ts|mjs|js|json|md|yml|yaml|tsv|csv|sql|html|css|txt)$|^\.ci\/run$/;
// A conflict's opening and closing lines, as git writes them; the "=======" between is also a
// Markdown heading underline, so it says nothing alone.
const MARKER = /^(?:<{7} |>{7} )/m;

describe('the repository', () => {
  it('holds no unresolved merge conflict in any tracked text file', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => TEXT.test(f));
    expect(files.length).toBeGreaterThan(100);
    const conflicted = files.filter((f) => MARKER.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(conflicted).toEqual([]);
  });
});
