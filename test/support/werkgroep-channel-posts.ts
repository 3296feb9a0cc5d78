import { TEAMS_CHANNEL } from './rhythm-fixture.ts';
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
