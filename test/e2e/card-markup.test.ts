import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { escapeHtml } from '../../src/escape.ts';
import { readCardMarkdown } from '../support/card-markdown.ts';
import { addMember } from '../support/fixtures.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const clock = manualClock('2026-09-29T06:00:00Z');

/** What members typed that a Markdown reader would turn into a link, bold, a heading or a list. */
const TYPED = [
  '[klik hier](https://evil.example/inloggen) **dringend** _nu_ `code` ~~weg~~',
  '# kop {{DATE(2026-10-06T14:00:00Z, SHORT)}} <at>Ruben Hofstede</at>',
  '1. eerste punt &amp; <b>vet</b> \\*ster\\*',
  '- lijstje | tabel | ===',
];

describe('what a member typed shows as typed in a Teams card, not as Markdown', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ clock, platforms: ['teams'] });
    await withTuesdaySeries(h);
    await addMember(h.tdb.db, {
      name: 'Sanne Kuipers',
      identities: [{ platform: 'teams', workspace: TEAMS_TENANT, userId: '29:sanne' }],
      overleg: 'Werkgroep Oost',
    });
  });
  afterAll(async () => h?.stop());

  it("another member's agenda card shows the agendapunten literally", async () => {
    for (const text of TYPED) {
      // Sent as a Teams client writes what was typed: "&" as "&amp;", "<" as "&lt;".
      const sent = escapeHtml(`agendapunt ${text}`);
      expect(await sayInPersonalChat(h, '29:ruben', sent, 'nl-NL')).toContain('Genoteerd');
    }
    const reply = JSON.parse(await sayInPersonalChat(h, '29:sanne', 'agenda', 'nl-NL'));
    const read = readCardMarkdown(reply.attachments[0].content);
    expect(read.markup).toEqual([]);
    for (const text of TYPED) expect(read.text).toContain(text);
  });
});
