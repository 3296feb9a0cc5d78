import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../adapters/slack/render-message.ts';
import { slackSurfaceProblems } from '../checkin/slack-surface-limits.ts';

describe('a Slack message as it is sent', () => {
  it('escapes the notification text like the blocks, so a typed name is never read as markup', () => {
    // A werkgroep named by a projectleider ends up in reminders' notification text.
    const rendered = renderSlackMessage({
      fallback: 'Morgen: <!channel> & <https://elders.example|Werkgroep>',
      blocks: [{ type: 'text', text: 'Morgen: <!channel> & <https://elders.example|Werkgroep>' }],
    });
    expect(rendered.text).toBe('Morgen: &lt;!channel&gt; &amp; &lt;https://elders.example|Werkgroep&gt;');
    expect(JSON.stringify(rendered.blocks)).not.toContain('<!channel>');
  });

  it('a heading over Slack\'s 150 characters is cut with "…", so the reader sees it goes on', () => {
    const long = `Werkgroep ${'Noordoost-'.repeat(20)}`;
    const rendered = renderSlackMessage({ fallback: long, blocks: [{ type: 'heading', text: long }] });
    const header = rendered.blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text).toBe(`${long.slice(0, 149)}…`);
  });

  it('data sent as text (the inzage when a file cannot be shared) stays within 3000 characters a section once escaped', () => {
    // Every "&" is five characters once escaped: a werkgroep named "GGZ & Werk" in each entry.
    const entry = { werkgroep: 'Werkgroep GGZ & Werk', toelichting: 'GGZ <-> UWV & gemeente' };
    const json = JSON.stringify(
      Array.from({ length: 120 }, () => entry),
      null,
      2,
    );
    const rendered = renderSlackMessage({ fallback: 'Je gegevens', blocks: [{ type: 'code', text: json }] });
    expect(slackSurfaceProblems({ blocks: rendered.blocks })).toEqual([]);
    const shown = rendered.blocks
      .map((b) => (b as { text: { text: string } }).text.text.slice(3, -3))
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    expect(shown).toBe(json);
  });

  it('a long text with emoji is split between characters, never between the two halves of one', () => {
    // 3001 characters before the emoji would be cut: "x" first, so the cut falls inside a pair.
    const text = `x${'🙂'.repeat(1600)}`;
    const rendered = renderSlackMessage({ fallback: 'f', blocks: [{ type: 'text', text }] });
    const parts = rendered.blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.isWellFormed()).toBe(true);
    expect(parts.join('\n').replaceAll('\n', '')).toBe(text);
  });
});
