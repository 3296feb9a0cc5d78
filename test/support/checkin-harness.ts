import type { types } from '@slack/bolt';
import { expect } from 'vitest';
import type { manualClock } from '../../src/clock.ts';
import type { PlatformUser } from '../../src/domain/members.ts';
import { createSeriesFor, roundIds } from './checkin-fixture.ts';
import { addMember } from './fixtures.ts';
import { TEAMS_TENANT } from './rhythm-fixture.ts';
import { blockActionsBody, postInteraction, viewSubmissionBody } from './slack-interactions.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';
import { type HarnessOptions, startWerkgroepHarness, type WerkgroepHarness } from './werkgroep-harness.ts';

type ManualClock = ReturnType<typeof manualClock>;

/**
 * The werkgroep harness for check-ins: Werkgroep Oost with its series (every four weeks from
 * Tuesday 6 October 2026, 14:00-15:30 in Amsterdam) and a few more members, each with one
 * identity, in Werkgroep Oost unless another werkgroep is named.
 */
export async function startCheckinHarness(
  opts: HarnessOptions & {
    members?: ReadonlyArray<{ name: string; identity: PlatformUser; overleg?: string; regionId?: string }>;
  },
) {
  const h = await startWerkgroepHarness(opts);
  for (const m of opts.members ?? []) {
    await addMember(h.tdb.db, {
      ...(m.regionId ? { regionId: m.regionId } : {}),
      name: m.name,
      identities: [m.identity],
      overleg: m.overleg ?? 'Werkgroep Oost',
    });
  }
  await createSeriesFor(h.app, h.tdb.db, h.w.overlegId, h.w.projectleiderId);
  return h;
}

/**
 * The check-in harness with Schakel on Slack only: Sanne Kuipers (U0SANNE) is a member of
 * Werkgroep Oost besides Hanneke and Ruben. `member` answers as a member does.
 */
export async function startSlackCheckinHarness(
  secret: string,
  clock: ManualClock,
  more: ReadonlyArray<{ name: string; identity: PlatformUser; overleg?: string; regionId?: string }> = [],
) {
  const h = await startCheckinHarness({
    secret,
    clock,
    platforms: ['slack'],
    members: [{ name: 'Sanne Kuipers', identity: onSlack('U0SANNE') }, ...more],
  });
  return { ...h, member: slackCheckin(h, secret) };
}

export type SlackCheckinHarness = Awaited<ReturnType<typeof startSlackCheckinHarness>>;

/** A Slack member of the stand-in workspace, for `members`. */
export const onSlack = (userId: string): PlatformUser => ({
  platform: 'slack',
  workspace: STAND_IN_TEAM,
  userId,
});

/** A Teams member of the stand-in tenant, for `members`. */
export const onTeams = (userId: string): PlatformUser => ({
  platform: 'teams',
  workspace: TEAMS_TENANT,
  userId,
});

/** The meeting ends at 15:30 local time: the tick at `utc` (just after) opens its round. */
export async function meetingEnds(h: WerkgroepHarness, clock: ManualClock, utc: string) {
  clock.set(utc);
  await h.app.running.tick();
  return (await roundIds(h.tdb.db)).at(-1)!;
}

/** A member's side of a check-in in Slack: the button that opens the modal, and its submission. */
export function slackCheckin(h: WerkgroepHarness, secret: string) {
  const events = `${h.app.baseUrl}/slack/events`;
  const actor = (userId: string) => ({ teamId: STAND_IN_TEAM, userId });
  return {
    events,
    /**
     * Taps a check-in button (in the member's DM unless a channel is named) and returns the
     * modal Schakel opened, or null when it did not.
     */
    async tap(userId: string, value: string, opts: { actionId?: string; channelId?: string } = {}) {
      const before = h.slack.callsTo('views.open').length;
      const since = h.slack.calls.length;
      const res = await postInteraction(
        events,
        secret,
        blockActionsBody(actor(userId), {
          actionId: opts.actionId ?? 'checkin_open',
          value,
          channelId: opts.channelId ?? `D${userId}`,
          responseUrl: h.slack.responseUrl,
        }),
      );
      expect(res.status).toBe(200);
      // The ack comes first; then the modal opens, or the member is told why not (response URL).
      await h.slack.waitFor(
        (c) =>
          h.slack.calls.indexOf(c) >= since &&
          (c.path === '/api/views.open' || c.path.startsWith('/response/')),
      );
      const opened = h.slack.callsTo('views.open').slice(before);
      return (opened[0]?.body.view as types.ModalView | undefined) ?? null;
    },
    submit: (
      userId: string,
      view: types.ModalView,
      filled: Record<string, string>,
      headers: Record<string, string> = {},
    ) => postInteraction(events, secret, viewSubmissionBody(actor(userId), view, filled), headers),
  };
}
