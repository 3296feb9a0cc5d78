import { describe, expect, it } from 'vitest';
import { validateInterchange } from '../../src/interchange/validate.ts';
import { createGuard } from '../../src/privacy/guard.ts';

// A file that is no JSON is refused in Dutch, at the line and column an editor shows, with what to
// do; JSON.parse's English ("Unexpected token } in JSON at position 12") never reaches the person.

const guard = createGuard({ now: () => new Date('2026-10-05T09:00:00Z') });
const nothing = { regions: new Set<string>(), members: new Map(), overleggen: new Map() };
const problems = (text: string) => {
  const r = validateInterchange(text, nothing, guard);
  return r.ok ? [] : r.problems;
};

describe('schakel import: a file that is no JSON', () => {
  it('names the line and column of a value left out, in Dutch, and what to do', () => {
    const text = '{\n  "format": "schakel/v1",\n  "regions": }\n';
    expect(problems(text)).toEqual([
      {
        path: 'regel 3, kolom 14',
        message: expect.stringMatching(/^geen geldige JSON: hier hoort een waarde: .* haal die dan weg\.$/),
      },
    ]);
  });

  it('a comma before } is pointed at after the BOM and an accented name, counted as characters', () => {
    const text = '\uFEFF{\n  "naam": "Zoë Ünal",   "x": 1,\n}';
    expect(problems(text)).toEqual([
      { path: 'regel 3, kolom 1', message: expect.stringContaining('Staat er een komma vóór de }') },
    ]);
  });

  it('each kind of mistake has its own Dutch reason, never the English of JSON.parse', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['{"format": "schakel/v1"', 'regel 1, kolom 24', /houdt midden in op/],
      ['{"format" "schakel/v1"}', 'regel 1, kolom 11', /dubbele punt/],
      ['{"regions": [{} {}]}', 'regel 1, kolom 17', /komma \(,\) voor de volgende waarde/],
      ['{"a": "x\ty"}', 'regel 1, kolom 9', /geen regeleinde of tab/],
      ['{"a": "C:\\map"}', 'regel 1, kolom 10', /Schrijf een gewone \\ als \\\\/],
      ['{"a": 007}', 'regel 1, kolom 8', /getal/],
      ['{"a": 1} extra', 'regel 1, kolom 10', /na het einde/],
      ["{'a': 1}", 'regel 1, kolom 2', /enkele aanhalingstekens/],
    ];
    for (const [text, path, reason] of cases) {
      const [p, ...rest] = problems(text);
      expect(rest).toEqual([]);
      expect(p?.path).toBe(path);
      expect(p?.message).toMatch(reason);
      expect(p?.message).not.toMatch(/Unexpected|Expected|JSON at|position/);
    }
  });
});
