import type { App } from '@slack/bolt';
import { words } from '../../src/messages/catalogue/words.ts';
import { answeredWithin, type SlackUserInfo } from './slack-user-info.ts';
import { slackTyped } from './typed-text.ts';

/** How long a typed message waits for the names of the colleagues it mentions. */
const LOOKUP_MS = 500;

/** A mention in Slack's markup: `<@U123>`, or `<@U123|sanne>` with the name Slack shows. */
const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;
/**
 * Slack's markup in typed text: a mention; a channel (`<#C123|overleg>`), a special mention
 * (`<!here>`, `<!subteam^S1|@team>`) or a link Slack made of a typed address (`<https://…>`,
 * `<mailto:a@b.nl|a@b.nl>`); or one of the entities Slack writes typed markup signs as.
 */
const MARKUP =
  /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>|<([#!][^>|]*|(?:https?|mailto):[^>|]*)(?:\|([^>]*))?>|&(?:amp|lt|gt);/g;

type WebClient = App['client'];

export type TypedWithNames = (client: WebClient, workspace: string, text: string) => Promise<string>;

/**
 * Text a member typed, as they typed it (slackTyped), with each colleague they mentioned as
 * "@Name" instead of Slack's `<@U123>` (and a channel, link or @here as typed, not as markup). Stored as it was, the markup showed raw everywhere
 * Schakel shows that text again: in Slack itself (escaped, so never a mention), in a Teams card,
 * the agenda, the ICS feed, a PDF, a form's initial value. Teams' typed text likewise keeps a
 * mention as the name (adapters/teams/mention-text.ts). A name Slack does not give in time is
 * "@iemand" (in Dutch, as the text is stored for the whole werkgroep): an id means nothing to a reader.
 */
export function typedWithNames(userInfo: SlackUserInfo): TypedWithNames {
  const nameOf = async (client: WebClient, workspace: string, userId: string) =>
    (await userInfo(client.token, workspace, userId))?.name ?? null;
  return async (client, workspace, text) => {
    const unnamed = new Set([...text.matchAll(MENTION)].flatMap((m) => (m[2] ? [] : [m[1] ?? ''])));
    // Within a slash command's three seconds: the command itself gets the rest.
    const names =
      unnamed.size === 0
        ? []
        : await answeredWithin(
            Promise.all([...unnamed].map(async (id) => [id, await nameOf(client, workspace, id)] as const)),
            LOOKUP_MS,
          );
    const known = new Map(names ?? []);
    return text.replace(MARKUP, (whole, id?: string, label?: string, target?: string, shown?: string) => {
      if (id !== undefined)
        return `@${(label ? slackTyped(label) : known.get(id)) || words('nl').adapters.someone}`;
      if (target !== undefined) return slackTyped(asTyped(target, shown));
      return slackTyped(whole);
    });
  };
}

/** What the member typed where Slack wrote a channel, a special mention or a link. */
function asTyped(target: string, shown: string | undefined): string {
  if (target.startsWith('#')) return `#${shown || target.slice(1)}`;
  if (target.startsWith('!')) {
    const special = target.slice(1);
    return ['here', 'channel', 'everyone'].includes(special) ? `@${special}` : (shown ?? '');
  }
  // A link keeps its address: the label Slack shows beside it may hide where it leads.
  return target.startsWith('mailto:') ? target.slice('mailto:'.length) : target;
}
