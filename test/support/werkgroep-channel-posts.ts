import { TEAMS_CHANNEL, TEAMS_TENANT } from './rhythm-fixture.ts';
import type { WerkgroepHarness } from './werkgroep-harness.ts';

/** A button of a Slack answer, as Block Kit has it. */
export type SlackButton = { action_id: string; value: string; text: { text: string }; confirm?: unknown };

/** The buttons of a Slack answer (its JSON), in order. */
export function buttonsOf(answer: string): SlackButton[] {
  return JSON.parse(answer)
    .blocks.filter((b: { type: string }) => b.type === 'actions')
    .flatMap((b: { elements: SlackButton[] }) => b.elements);
}

/** What the werkgroep's channels were sent, on Slack and on Teams, each message as text. */
export function channelPosts(h: WerkgroepHarness) {
  return {
    slack: () => h.slack.callsTo('chat.postMessage').map((c) => JSON.stringify(c.body)),
    teams: () => h.teams.sentTo(TEAMS_CHANNEL).map((c) => JSON.stringify(c.body)),
  };
}

/** How many of `posts` say `text`. */
export const countSaying = (posts: string[], text: string) => posts.filter((p) => p.includes(text)).length;

/** The projectleider (Hanneke) on Teams too, so she types and presses there. */
export async function projectleiderOnTeams(h: WerkgroepHarness): Promise<void> {
  await h.tdb.db.pool.query(
    `INSERT INTO platform_identities (platform, workspace, user_id, member_id) VALUES ('teams', $1, '29:hanneke', $2)`,
    [TEAMS_TENANT, h.w.projectleiderId],
  );
}
