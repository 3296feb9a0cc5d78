import { describe, expect, it } from 'vitest';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { cardActivity } from '../../adapters/teams/render-message.ts';
import { KNELPUNT_CATEGORY_SLUGS } from '../../src/domain/knelpunten.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';

/** Teams refuses a bot message over about 28 KB of JSON (413 MessageSizeTooBig). */
const TEAMS_MESSAGE_LIMIT = 28 * 1024;

const openKnelpunten = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `k${i + 1}`,
    description: `Knelpunt ${i + 1}: ${'de overdracht tussen de teams loopt stroef '.repeat(7)}`.slice(
      0,
      300,
    ),
    category: KNELPUNT_CATEGORY_SLUGS[i % KNELPUNT_CATEGORY_SLUGS.length]!,
  }));

describe('the check-in card on Teams with many long open knelpunten', () => {
  const form = (n: number) =>
    checkinForm({
      roundId: 'ronde-1',
      werkgroepName: 'Werkgroep Oost',
      meetingDate: 'dinsdag 6 oktober 2026',
      openKnelpunten: openKnelpunten(n),
    });
  const asked = (json: string) => [...json.matchAll(/"id":"open_(k\d+)_update"/g)].map((m) => m[1]);

  it('fits in one message: the most relevant knelpunten asked, and how many more there are', () => {
    const json = JSON.stringify(cardActivity('Check-in', renderFormCard(form(25))));
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT);
    const ids = asked(json);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toEqual(openKnelpunten(ids.length).map((k) => k.id));
    expect(json).toContain(`Er staan er nog ${25 - ids.length} open die hier niet passen.`);
    // Each asked knelpunt keeps its "what was done" field; none of those left out has one.
    expect(json).toContain(`"id":"open_${ids.at(-1)}_oplossing"`);
    expect(json).not.toContain(`"id":"open_k${ids.length + 1}_oplossing"`);
  });

  it('is left whole when it fits', () => {
    const json = JSON.stringify(renderFormCard(form(3)));
    expect(asked(json)).toEqual(['k1', 'k2', 'k3']);
    expect(json).not.toContain('Er staan er nog');
  });
});
