import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { OverlegDelivery } from '../../src/domain/deliveries.ts';
import { buildDelivery } from '../../src/jobs/meeting-deliveries.ts';
import type { MeetingContext } from '../../src/messages/meeting-messages.ts';
import type { Occurrence } from '../../src/schedule/series.ts';

const channel = { platform: 'slack', workspace: 'T0STAND', channelId: 'C0OOST', serviceUrl: null } as const;
const start = DateTime.fromISO('2026-11-03T14:00', { zone: 'Europe/Amsterdam' });
const occurrence = (status: Occurrence['status']): Occurrence => ({
  index: 1,
  segment: 0,
  originalLocal: '2026-11-03T14:00',
  originalStart: start,
  start,
  end: start.plus({ minutes: 90 }),
  status,
  location: undefined,
  onlineUrl: undefined,
});
const delivery = (kind: 'cancel_notice' | 'restore_notice'): OverlegDelivery => ({
  key: `o1|2026-11-03T14:00|${kind}|slack|T0STAND|C0OOST`,
  overlegId: 'o1',
  regionId: null,
  occurrence: '2026-11-03T14:00',
  kind,
  platform: 'slack',
  workspace: 'T0STAND',
  channelId: 'C0OOST',
  dueAt: new Date('2026-11-02T08:00:00Z'),
  status: 'sending',
  attempts: 0,
  uncertain: false,
  late: false,
});

/** Built as the meeting stands at sending time: a notice claimed before herstel (or a new annuleer) is not sent. */
async function built(kind: 'cancel_notice' | 'restore_notice', status: Occurrence['status']) {
  const context: MeetingContext = {
    overlegId: 'o1',
    overlegName: 'Werkgroep Oost',
    occurrence: occurrence(status),
    agenda: [],
    actiepunten: [],
  };
  const result = await buildDelivery(
    { checkin: {} as never },
    delivery(kind),
    Promise.resolve(new Map([['o1|2026-11-03T14:00', context]])),
    new Map([['o1', [channel]]]),
    new Date('2026-11-02T08:00:30Z'),
  );
  return JSON.stringify(result);
}

describe('a notice about a meeting that changed back before it went out', () => {
  it('a cancel notice of a meeting put back since (herstel) is skipped, not sent', async () => {
    expect(await built('cancel_notice', 'cancelled')).toContain('gaat niet door');
    expect(await built('cancel_notice', 'scheduled')).toContain('"skip"');
  });

  it('a "goes ahead after all" of a meeting cancelled again since is skipped, not sent', async () => {
    expect(await built('restore_notice', 'scheduled')).toContain('gaat toch door');
    expect(await built('restore_notice', 'cancelled')).toContain('"skip"');
  });
});
