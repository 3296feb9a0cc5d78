import type { Clock } from '../../src/clock.ts';
import type { Core } from '../../src/core.ts';
import { DEMO_TENANT } from '../../src/domain/demo-region.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { DAY, passTimeTo } from './pass-time.ts';
import { languageOf, nextMeetingLine, whenIn } from './played-person-words.ts';
import type { Role } from './tenant.ts';

export type ClockStep = 'bijeenkomst' | 'dag' | 'week';

/**
 * The local chat's clock buttons: let the next meeting happen now, or a day or week pass. The scheduler
 * sends what fell due on the way, each at its own moment (pass-time.ts).
 */
export function createClockJumps(d: {
  core: Core;
  clock: Clock & { moveTo(t: Date): boolean };
  tick: () => Promise<void>;
  firstDueUntil: (until: Date) => Promise<Date | null>;
}) {
  /** The meeting "Bijeenkomst afronden" lets happen: this channel's, else the first of the person's werkgroepen. */
  const nextMeetingFor = (role: Role, conversationId: string) =>
    d.core.deliveries.nextMeeting(
      { platform: 'teams', workspace: DEMO_TENANT, userId: role.userId },
      { platform: 'teams', workspace: DEMO_TENANT, channelId: conversationId },
    );

  async function jumpClock(role: Role, conversationId: string, step: ClockStep) {
    const now = d.clock.now();
    const locale = await languageOf(d.core, role);
    const lines = words(locale).localChat;
    let said: string;
    let target: Date;
    if (step === 'bijeenkomst') {
      const next = await nextMeetingFor(role, conversationId);
      if (!next) return { nu: now.toISOString(), tekst: nextMeetingLine(locale, null, role) };
      target = new Date(next.end.getTime() + 60_000);
      const when = whenIn(locale, next.occurrence);
      // Nothing is planned for a werkgroep without a channel: said, so nobody waits for its check-in.
      said = next.linked
        ? lines.meetingEnded(next.werkgroep, when)
        : lines.meetingEndedNotLinked(next.werkgroep, when);
    } else {
      target = new Date(now.getTime() + (step === 'dag' ? DAY : 7 * DAY));
      said = step === 'dag' ? lines.dayLater : lines.weekLater;
    }
    await passTimeTo(target, { clock: d.clock, firstDueUntil: d.firstDueUntil, tick: d.tick });
    return { nu: d.clock.now().toISOString(), tekst: said };
  }

  // One jump at a time: a press during another would move the clock under the first one's tick.
  let jumping: Promise<unknown> = Promise.resolve();
  function moveClock(role: Role, conversationId: string, step: ClockStep) {
    const jump = jumping.then(() => jumpClock(role, conversationId, step));
    jumping = jump.catch(() => undefined);
    return jump;
  }

  return { nextMeetingFor, moveClock };
}
