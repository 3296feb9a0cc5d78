import { addMember } from './fixtures.ts';
import { postToSlack } from './slack-requests.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';
import { startHarness } from './werkgroep-harness.ts';

/**
 * The harness (werkgroep-harness.ts) with Schakel on Slack only, signing with `secret`, and one
 * member of Werkgroep Testregio (`name`, `userId` in the stand-in workspace). `events` is
 * Schakel's Slack address; `post` signs a body with `secret` and posts it there.
 */
export async function startSlackMemberApp(opts: {
  secret: string;
  name: string;
  userId: string;
  slackLocales?: Readonly<Record<string, string>>;
}) {
  const h = await startHarness(
    {
      secret: opts.secret,
      platforms: ['slack'],
      ...(opts.slackLocales ? { slackLocales: opts.slackLocales } : {}),
    },
    (db) =>
      addMember(db, {
        name: opts.name,
        identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: opts.userId }],
        overleg: 'Werkgroep Testregio',
      }),
  );
  const events = `${h.app.baseUrl}/slack/events`;
  return {
    ...h,
    events,
    post: (body: string, postOpts?: Parameters<typeof postToSlack>[3]) =>
      postToSlack(events, opts.secret, body, postOpts),
  };
}

export type SlackMemberApp = Awaited<ReturnType<typeof startSlackMemberApp>>;
