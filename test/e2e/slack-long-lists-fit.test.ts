import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { addActiepunt } from '../../src/store/agenda-repo.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'lange-lijst-past-geheim';
const clock = manualClock('2026-09-29T06:00:00Z');

interface SlackBlock {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: string }>;
  element?: { options?: unknown[] };
}

/**
 * Slack takes 50 blocks in a message and 3,000 characters in a section: 300 open actiepunten of
 * nearly 500 characters fill more sections than that. The list is shown in part by the same rule
 * as on Teams: the nearest deadlines first, then how many more.
 */
describe('Slack: a werkgroep with 300 long open actiepunten', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    // Seeded in one transaction through the repository the product writes with (numbered by the
    // same trigger): the list is what is tested here, not noting 300 actiepunten one by one.
    await h.tdb.db.transaction(async (tx) => {
      for (let i = 1; i <= 300; i++) {
        await addActiepunt(tx, {
          overlegId: h.w.overlegId,
          description:
            `Actie ${i}: ${'de werkwijze van de samenwerking uitzoeken '.repeat(11)}`.trim() as GuardedText,
          ownerId: h.w.rubenId,
          dueDate: new Date(Date.UTC(2027, 9, 1) - i * 86_400_000).toISOString().slice(0, 10),
          createdBy: h.w.projectleiderId,
        });
      }
    });
  });
  afterAll(async () => h?.stop());

  it('`actiepunten` keeps within 50 blocks and 3,000 characters a section, nearest deadline first', async () => {
    const answer = JSON.parse(await slashInOost(h, SECRET, 'U0RUBEN', 'actiepunten')) as {
      blocks: SlackBlock[];
    };
    expect(answer.blocks.length).toBeLessThanOrEqual(50);
    const sections = answer.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    const shown = sections.flatMap((t) => [...t.matchAll(/^• #(\d+) Actie/gm)].map((m) => Number(m[1])));
    expect(shown.slice(0, 3)).toEqual([300, 299, 298]);
    const more = answer.blocks
      .filter((b) => b.type === 'context')
      .map((b) => b.elements?.[0]?.text ?? '')
      .find((t) => t.startsWith('En nog'));
    expect(more).toBe(
      `En nog ${300 - shown.length} open actiepunten met een latere of geen deadline; meer past niet in één bericht. Je eigen actiepunten zie je allemaal met /schakel overzicht.`,
    );
    // The Klaar menu offers the first of those shown (a Slack menu holds at most 100 options).
    const menu = answer.blocks.find((b) => b.element?.options);
    expect(menu?.element?.options).toHaveLength(Math.min(shown.length, 100));
  });
});
