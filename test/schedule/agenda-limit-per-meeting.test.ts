import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/jobs/plan-deliveries.ts';
import type { PlanningInput } from '../../src/store/rhythm-repo.ts';

/**
 * A werkgroep meeting every 4 weeks with its agenda call 10 days ahead goes weekly for January
 * 2027, then back to every 4 weeks from Tuesday 9 February. While the weekly rule is in force the
 * call acts as 6 days ahead (reminder-limits.ts); the day that rule ends (1 February) the limit
 * lifts again. The call for 9 February must not be lost on the way.
 */
const input: PlanningInput = {
  overlegId: '00000000-0000-4000-8000-000000000001',
  definition: {
    firstStart: '2026-11-10T14:00',
    everyWeeks: 4,
    durationMinutes: 90,
    timeZone: 'Europe/Amsterdam',
    changes: [
      { effectiveFrom: '2027-01-04', firstStart: '2027-01-05T14:00', everyWeeks: 1 },
      { effectiveFrom: '2027-02-01', firstStart: '2027-02-09T14:00', everyWeeks: 4 },
    ],
  },
  settings: { agendaCallDaysBefore: 10 },
  channels: [{ platform: 'slack', workspace: 'T1', channelId: 'C1' } as PlanningInput['channels'][number]],
};

const agendaCallFor = (occurrence: string, now: string) =>
  planFor(input, new Date(now)).find((d) => d.kind === 'agenda_call' && d.occurrence === occurrence);

describe('the agenda call of the first meeting after a weekly period', () => {
  it('is planned while the weekly rule is in force (Thursday 28 January)', () => {
    expect(agendaCallFor('2027-02-09T14:00', '2027-01-28T09:00:00Z')?.dueAt.toISOString()).toBe(
      '2027-02-03T08:00:00.000Z',
    );
  });

  it('is still planned on Monday 1 February, before it was due (not dropped, so not made obsolete)', () => {
    // Planned for Wednesday 3 February the day before; nothing has been sent yet.
    expect(agendaCallFor('2027-02-09T14:00', '2027-02-01T09:00:00Z')).toBeDefined();
  });

  it('keeps one due time from one day to the next (the planning run is idempotent over days)', () => {
    const before = agendaCallFor('2027-02-09T14:00', '2027-01-31T09:00:00Z')?.dueAt.toISOString();
    const after = agendaCallFor('2027-02-09T14:00', '2027-02-01T09:00:00Z')?.dueAt.toISOString();
    expect(after).toBe(before);
  });
});
