import type { App } from '@slack/bolt';
import type { PlatformUser } from '../../src/domain/members.ts';
import type { Logger } from '../../src/logger.ts';
import { DEFAULT_LOCALE, type Locale, withLocale, withLocaleLater } from '../../src/messages/locale.ts';
import type { Languages } from '../../src/ports/languages.ts';
import type { RequestClaims } from '../../src/ports/request-claims.ts';
import { answeredWithin, type SlackUserInfo } from './slack-user-info.ts';

type Middleware = Parameters<InstanceType<typeof App>['use']>[0];
type MiddlewareArgs = Parameters<Middleware>[0];

/** How long a request waits for Slack's users.info before it is answered in what Schakel knows. */
const LOOKUP_MS = 1_500;

/**
 * Every Slack request is handled in its member's language. Slack does not send a user's locale
 * with a request, so it is asked once with users.info (`include_locale`), only when Schakel has
 * none stored for the member, and only for what a member does (commands, messages, buttons,
 * forms), never for other events. Opening the App Home is shown in the language Schakel already
 * knows for the member (chosen or remembered), without asking Slack.
 */
export function slackLocale(
  languages: Languages,
  userInfo: SlackUserInfo,
  logger: Logger,
  /** A request whose claim went on with its answer: its language is settled after that statement. */
  claims?: Pick<RequestClaims, 'deferred'>,
): Middleware {
  return (args) => languages.request(() => inLocale(args));
  async function inLocale(args: MiddlewareArgs): Promise<void> {
    const user = slackActor(args.body as SlackBody);
    let locale: Locale = DEFAULT_LOCALE;
    if (user) {
      const lookup = async () =>
        (await answeredWithin(userInfo(args.client.token, user.workspace, user.userId), LOOKUP_MS))?.locale ??
        null;
      const homeOpened = (args.body as SlackBody).event?.type === 'app_home_opened';
      const find = () =>
        languages.localeFor(user, homeOpened ? null : lookup).catch((err: unknown) => {
          logger.warn({ err }, 'taal van Slack-gebruiker onbekend; Nederlands');
          return DEFAULT_LOCALE;
        });
      if (claims?.deferred()) return withLocaleLater(find, () => args.next());
      locale = await find();
    }
    await withLocale(locale, () => args.next());
  }
}

interface SlackBody {
  readonly type?: string;
  readonly command?: string;
  readonly user_id?: string;
  readonly team_id?: string;
  readonly user?: { readonly id?: string; readonly team_id?: string };
  readonly team?: { readonly id?: string } | null;
  readonly event?: { readonly type?: string; readonly user?: string; readonly bot_id?: string };
}

/** The member behind a command, an interaction or a typed message; null for other events. */
export function slackActor(body: SlackBody): PlatformUser | null {
  if (body.command && body.user_id && body.team_id) {
    return { platform: 'slack', workspace: body.team_id, userId: body.user_id };
  }
  if (body.type === 'block_actions' || body.type === 'view_submission') {
    const workspace = body.team?.id ?? body.user?.team_id;
    return body.user?.id && workspace ? { platform: 'slack', workspace, userId: body.user.id } : null;
  }
  const byMember =
    (body.event?.type === 'message' && !body.event.bot_id) || body.event?.type === 'app_home_opened';
  if (body.type === 'event_callback' && byMember) {
    return body.event.user && body.team_id
      ? { platform: 'slack', workspace: body.team_id, userId: body.event.user }
      : null;
  }
  return null;
}
