import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';

/** Seen from Sunday 6 December 2026. */
const parse = (text: string) => parseCommand(text, { year: 2026, month: 12, day: 6 });

describe('deadline with the number of the actiepunt as a word', () => {
  it('"deadline zes vrijdag" sets actiepunt 6’s deadline', () => {
    expect(parse('deadline zes vrijdag')).toEqual({ name: 'deadline', number: 6, dueDate: '2026-12-11' });
  });

  it('"deadline twee weken" names no actiepunt: its usage is shown, not "actiepunt 2"', () => {
    for (const typed of ['deadline twee weken', 'deadline drie dagen', 'deadline een maand']) {
      expect(parse(typed)).toEqual({ name: 'ongeldig', command: 'deadline' });
    }
  });
});
