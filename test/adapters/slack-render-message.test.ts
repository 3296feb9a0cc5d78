import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../adapters/slack/render-message.ts';

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
});
