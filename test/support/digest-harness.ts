import type { types } from '@slack/bolt';
import { expect } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import type { Role } from '../../src/domain/members.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { addMemberOnBothPlatforms } from './fixtures.ts';
import { slashWithDm } from './slack-commands.ts';
import { postInteraction, tapButton, viewSubmissionBody } from './slack-interactions.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';
import { invokeActivity, postActivity } from './teams-activities.ts';
import { startHarness } from './werkgroep-harness.ts';

export const DIGEST_TENANT = 'tenant-digest';
export const STUUR_SLACK = 'C0STUURGROEP';
export const STUUR_TEAMS = '19:stuurgroep@thread.tacv2';

/**
 * The digest region of test/digest/fixture.ts with a stuurgroep channel on Slack and on Teams,
 * and the real Schakel on both platforms. Everyone is on both platforms: Slack user
 * `U0<NAME>`, Teams user `29:<name>`. Hanneke is the projectleider, Sanne a stuurgroeplid,
 * Ruben a lid, Anders the projectleider of another region.
 */
export async function startDigestHarness(
  secret: string,
  clock: Clock,
  more: { readonly slackLocales?: Readonly<Record<string, string>> } = {},
) {
  const h = await startHarness(
    { secret, clock, env: { PUBLIC_URL: 'https://schakel.example.nl' }, ...more },
    async (db, { teams }) => {
      await insertDigestFixture(db);
      const actor = (name: string, roles: Role[], regionId = REGION) =>
        addMemberOnBothPlatforms(db, {
          regionId,
          name,
          roles,
          slackUserId: `U0${name.toUpperCase()}`,
          teamsTenant: DIGEST_TENANT,
          teamsUserId: `29:${name}`,
        });
      await actor('hanneke', ['projectleider']);
      await actor('sanne', ['stuurgroeplid']);
      await actor('ruben', ['lid']);
      await actor('anders', ['projectleider'], 'andere-regio');
      const { rows } = await db.pool.query(
        `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Stuurgroep', 'stuurgroep') RETURNING id`,
        [REGION],
      );
      const stuurgroep: string = rows[0].id;
      await linkChannel(db.pool, stuurgroep, {
        platform: 'slack',
        workspace: STAND_IN_TEAM,
        channelId: STUUR_SLACK,
        serviceUrl: null,
      });
      await linkChannel(db.pool, stuurgroep, {
        platform: 'teams',
        workspace: DIGEST_TENANT,
        channelId: STUUR_TEAMS,
        serviceUrl: teams.serviceUrl,
      });
    },
  );
  const { tdb, slack, teams, app } = h;
  const events = `${app.baseUrl}/slack/events`;
  const actor = (user: string) => ({ teamId: STAND_IN_TEAM, userId: user });

  /**
   * Taps a button of the preview (value `region|period|version`) and waits for Schakel's answer
   * (a modal, or a reply to the member alone); returns every call to Slack since the tap.
   */
  async function button(user: string, actionId: string, value: string) {
    const before = slack.calls.length;
    await tapButton({ url: events, secret, slack }, actor(user), { actionId, value, channelId: `D${user}` });
    return slack.calls.slice(before);
  }

  /** A card action (Action.Execute) by the member in their Teams chat: Schakel's answer, as text. */
  async function teamsAction(user: string, verb: string, data: Record<string, unknown>) {
    const activity = invokeActivity({
      verb,
      data,
      serviceUrl: teams.serviceUrl,
      userId: `29:${user}`,
      tenantId: DIGEST_TENANT,
    });
    return JSON.stringify(await (await postActivity(app.baseUrl, activity)).json());
  }

  return {
    ...h,
    button,
    teamsAction,
    /** Every version of the region's digest, oldest first. */
    versions: async () =>
      (
        await tdb.db.pool.query(
          `SELECT version, status, summary, omitted, corrects, document::text AS document FROM digest_versions
            WHERE region_id = $1 ORDER BY version`,
          [REGION],
        )
      ).rows,
    /** `/schakel <text>` in the member's DM: the ack, and what Schakel posted to the member. */
    slash: (user: string, text: string) =>
      slashWithDm({ baseUrl: app.baseUrl, secret, slack }, { userId: user, text, channelId: `D${user}` }),
    /** "Tekst aanpassen" on the preview: the modal with the summary text that Slack opens. */
    async openSummaryForm(user: string, value: string) {
      const calls = await button(user, 'digest_edit_text', value);
      const view = calls.find((c) => c.path === '/api/views.open')?.body.view as types.ModalView;
      expect(view.callback_id).toBe('samenvatting-tekst');
      return view;
    },
    submitForm: (user: string, view: types.ModalView, filled: Record<string, string>) =>
      postInteraction(events, secret, viewSubmissionBody(actor(user), view, filled)),
    /** What the stuurgroep channels received. */
    toStuurgroep: () => ({
      slack: slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === STUUR_SLACK),
      teams: teams.sentTo(STUUR_TEAMS),
    }),
    /** The chart and the PDF a published message links to, on this app. */
    fileLinks(text: string) {
      const token = text.match(/\/digest\/([A-Za-z0-9_-]+)\.png/)?.[1] ?? '';
      return { png: `${app.baseUrl}/digest/${token}.png`, pdf: `${app.baseUrl}/digest/${token}.pdf` };
    },
  };
}

/** The bytes behind a link. */
export async function download(url: string) {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

export type DigestHarness = Awaited<ReturnType<typeof startDigestHarness>>;
