import type { types } from '@slack/bolt';
import { expect } from 'vitest';
import type { manualClock } from '../../src/clock.ts';
import type { PlatformUser } from '../../src/domain/members.ts';
import { createSeriesFor, roundIds } from './checkin-fixture.ts';
import { addMember } from './fixtures.ts';
import { TEAMS_TENANT } from './rhythm-fixture.ts';
import { postInteraction, revealBody, tapButton, viewSubmissionBody } from './slack-interactions.ts';
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
  /**
   * Taps a check-in button (in the member's DM unless a channel is named) and waits for
   * Schakel's answer: `modal` is the form it opened, or null when it told the member why not
   * (`told`, the text of that reply).
   */
  async function press(userId: string, value: string, opts: { actionId?: string; channelId?: string } = {}) {
    const reply = await tapButton({ url: events, secret, slack: h.slack }, actor(userId), {
      actionId: opts.actionId ?? 'checkin_open',
      value,
      channelId: opts.channelId ?? `D${userId}`,
    });
    const modal = reply.path === '/api/views.open' ? (reply.body.view as types.ModalView) : null;
    return { modal, told: modal ? null : JSON.stringify(reply.body) };
  }
  return {
    events,
    press,
    /** Taps a check-in button and returns the modal Schakel opened, or null when it refused. */
    tap: async (userId: string, value: string, opts: { actionId?: string; channelId?: string } = {}) =>
      (await press(userId, value, opts)).modal,
    /**
     * Presses a reveal button ("Nog een knelpunt") in the open modal `view`, with `typed` already
     * filled in, and returns the modal as Slack shows it after Schakel's views.update.
     */
    async reveal(
      userId: string,
      view: types.ModalView,
      revealId: string,
      typed: Record<string, string> = {},
    ) {
      const viewId = `V0${revealId}${h.slack.callsTo('views.update').length}`;
      const res = await postInteraction(
        events,
        secret,
        revealBody(actor(userId), view, typed, { viewId, revealId }),
      );
      expect(res.status).toBe(200);
      const update = await h.slack.waitFor(
        (c) => c.path === '/api/views.update' && c.body.view_id === viewId,
      );
      return update.body.view as types.ModalView;
    },
    submit: (
      userId: string,
      view: types.ModalView,
      filled: Record<string, string>,
      headers: Record<string, string> = {},
    ) => postInteraction(events, secret, viewSubmissionBody(actor(userId), view, filled), headers),
  };
}
