import { type RecordedCall, type Reply, startRecordingServer } from './recording-server.ts';

export const STAND_IN_TEAM = 'T0SCHAKEL';
export const STAND_IN_BOT_USER = 'U0SCHAKELBOT';

/** A workspace that installs the app: Slack hands this over for its OAuth code. */
export interface StandInInstall {
  readonly teamId: string;
  readonly teamName: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly installerUserId: string;
}

/**
 * The Slack Web API as Schakel sees it, on 127.0.0.1: every call recorded by its
 * method name (`chat.postMessage`), answered like Slack answers. `installs` maps the
 * OAuth codes it accepts at oauth.v2.access to the workspace installing.
 */
export async function startSlackStandIn(
  opts: {
    delayMs?: number;
    scopes?: readonly string[];
    users?: Readonly<Record<string, string>>;
    /** Each user's language as Slack tells it with users.info (include_locale); "nl-NL" for the others. */
    locales?: Readonly<Record<string, string>>;
    /** Each user's display name as users.info gives it; none for the others. */
    names?: Readonly<Record<string, string>>;
    installs?: Readonly<Record<string, StandInInstall>>;
    /** The Socket Mode address apps.connections.open gives (slack-socket-stand-in.ts). */
    socketUrl?: string;
  } = {},
) {
  const installs = Object.values(opts.installs ?? {});
  let ts = 1_700_000_000;
  const uploadNames = new Map<string, string>();
  // Answers for a method's next calls instead of its usual answer (a 429, an error).
  const nextAnswers = new Map<string, Array<Reply | Promise<Reply>>>();
  // Display names as users.info gives them; a test may rename someone meanwhile.
  const names = new Map(Object.entries(opts.names ?? {}));
  const refused = new Set<RecordedCall>();
  // users.info for these users is answered only once the test lets it go (holdUsersInfo).
  const heldUsers = new Map<string, Promise<void>>();
  const server: Awaited<ReturnType<typeof startRecordingServer>> = await startRecordingServer(
    async (call): Promise<Reply> => {
      const method = call.path.replace(/^\/api\//, '');
      const refusal = nextAnswers.get(method)?.shift();
      if (refusal) {
        refused.add(call);
        return refusal;
      }
      switch (method) {
        case 'auth.test':
          if (call.headers.authorization === 'Bearer xoxb-ingetrokken') {
            return { body: { ok: false, error: 'invalid_auth' } };
          }
          {
            const installed = installs.find((i) => call.headers.authorization === `Bearer ${i.botToken}`);
            return {
              // Slack tells a token's scopes in this header.
              headers: opts.scopes ? { 'x-oauth-scopes': opts.scopes.join(',') } : {},
              body: installed
                ? {
                    ok: true,
                    team_id: installed.teamId,
                    user_id: installed.botUserId,
                    bot_id: `B${installed.teamId}`,
                  }
                : { ok: true, team_id: STAND_IN_TEAM, user_id: STAND_IN_BOT_USER, bot_id: 'B0SCHAKEL' },
            };
          }
        case 'oauth.v2.access': {
          // The app trades the code from the redirect for the workspace's bot token.
          const install = opts.installs?.[String(call.body.code)];
          if (!install) return { body: { ok: false, error: 'invalid_code' } };
          return {
            body: {
              ok: true,
              app_id: 'A0SCHAKEL',
              authed_user: { id: install.installerUserId },
              scope: (opts.scopes ?? ['commands', 'chat:write']).join(','),
              token_type: 'bot',
              access_token: install.botToken,
              bot_user_id: install.botUserId,
              team: { id: install.teamId, name: install.teamName },
              enterprise: null,
              is_enterprise_install: false,
            },
          };
        }
        case 'chat.postMessage':
        case 'chat.postEphemeral': {
          // Slack has the message from the moment it arrives, even if the answer never reaches the bot.
          if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
          return { body: { ok: true, channel: call.body.channel, ts: `${ts++}.000100` } };
        }
        case 'users.lookupByEmail': {
          const id = opts.users?.[String(call.body.email)];
          return { body: id ? { ok: true, user: { id } } : { ok: false, error: 'users_not_found' } };
        }
        case 'users.info': {
          // Slack gives a user's locale only when asked for it (include_locale).
          const user = String(call.body.user);
          await heldUsers.get(user);
          const locale = call.body.include_locale === 'true' || call.body.include_locale === true;
          const name = names.get(user);
          return {
            body: {
              ok: true,
              user: {
                id: user,
                ...(locale ? { locale: opts.locales?.[user] ?? 'nl-NL' } : {}),
                ...(name ? { profile: { display_name: name } } : {}),
              },
            },
          };
        }
        case 'conversations.open':
          // The app's DM with a member: one per user, as Slack keeps it.
          return { body: { ok: true, channel: { id: `D${String(call.body.users).replace(/^U/, '')}` } } };
        case 'files.getUploadURLExternal': {
          // Slack's three-step upload: a URL for the bytes (here, on the stand-in), then completion.
          if (opts.scopes && !opts.scopes.includes('files:write'))
            return { body: { ok: false, error: 'missing_scope', needed: 'files:write' } };
          const id = `F${ts++}`;
          uploadNames.set(id, String(call.body.filename ?? ''));
          return { body: { ok: true, upload_url: `${server.url}/upload/${id}`, file_id: id } };
        }
        case 'files.completeUploadExternal':
          return { body: { ok: true, files: [{ id: 'F0', title: 'bestand' }] } };
        case 'views.open':
          return { body: { ok: true, view: { id: `V${ts++}`, hash: `${ts}.hash` } } };
        case 'conversations.history': {
          // What Slack would show: every message posted to the channel, with its metadata.
          const messages = server.calls
            .filter(
              (c) =>
                c.path === '/api/chat.postMessage' && c.body.channel === call.body.channel && !refused.has(c),
            )
            .map((c) => ({ type: 'message', text: c.body.text, metadata: c.body.metadata }));
          return { body: { ok: true, messages, has_more: false } };
        }
        case 'apps.connections.open':
          return {
            body: opts.socketUrl ? { ok: true, url: opts.socketUrl } : { ok: false, error: 'not_allowed' },
          };
        default:
          return { body: { ok: true } };
      }
    },
  );
  function answerNext(method: string, reply: Reply | Promise<Reply>): void {
    nextAnswers.set(method, [...(nextAnswers.get(method) ?? []), reply]);
  }
  return {
    ...server,
    apiUrl: `${server.url}/api/`,
    /** A response_url that Slack would put in a slash-command payload. */
    responseUrl: `${server.url}/response/1`,
    callsTo: (method: string) => server.calls.filter((c) => c.path === `/api/${method}`),
    /** The messages Slack accepted (not those answered with `answerNextPost`). */
    posted: () => server.calls.filter((c) => c.path === '/api/chat.postMessage' && !refused.has(c)),
    /**
     * Answers the next chat.postMessage with `reply` instead of accepting it: a rate limit
     * (`{ status: 429, headers: { 'retry-after': '7' }, body: … }`) or an error Slack gives.
     */
    answerNextPost: (reply: Reply) => answerNext('chat.postMessage', reply),
    /**
     * Answers the next call to `method` with `reply` (a 429 with its Retry-After, an error); a
     * promise holds the answer back until it settles (Slack not answering).
     */
    answerNext,
    /** From now on users.info gives `name` as the user's display name (they renamed themselves). */
    rename: (userId: string, name: string) => void names.set(userId, name),
    /**
     * Holds back the answers to users.info about `userId` (Slack slow to give a name) until the
     * returned function is called.
     */
    holdUsersInfo: (userId: string): (() => void) => {
      const { promise, resolve } = Promise.withResolvers<void>();
      heldUsers.set(userId, promise);
      return () => {
        heldUsers.delete(userId);
        resolve();
      };
    },
    /** The Authorization header of each call to a method, in order: which token was used. */
    authorizationsOf: (method: string) =>
      server.calls.filter((c) => c.path === `/api/${method}`).map((c) => c.headers.authorization),
    /**
     * The files shared in a conversation: the name and title from files.getUploadURLExternal and
     * files.completeUploadExternal, and the bytes uploaded in between, as text.
     */
    async filesIn(channel: string) {
      const shared = server.calls
        .filter(
          (c) => c.path === '/api/files.completeUploadExternal' && String(c.body.channel_id) === channel,
        )
        .flatMap((c) => c.body.files as Array<{ id: string; title?: string }>);
      return Promise.all(
        shared.map(async (f) => {
          // The bytes arrive as a multipart form, the way Slack's upload address takes them.
          const upload = server.calls.find((c) => c.path === `/upload/${f.id}`);
          const form = upload
            ? await new Response(upload.raw, {
                headers: { 'content-type': String(upload.headers['content-type']) },
              }).formData()
            : null;
          const part = form ? [...form.values()][0] : undefined;
          return {
            title: f.title ?? '',
            name: uploadNames.get(f.id) ?? '',
            content: part instanceof Blob ? await part.text() : String(part ?? ''),
          };
        }),
      );
    },
    /** What was posted in the app's DM with a member (after conversations.open). */
    directTo: (userId: string) =>
      server.calls.filter(
        (c) => c.path === '/api/chat.postMessage' && c.body.channel === `D${userId.replace(/^U/, '')}`,
      ),
  };
}

/** Two fictional workspaces of one werkgroep, each installing Schakel: the gemeente and the GGZ. */
export const GEMEENTE: StandInInstall = {
  teamId: 'T0GEMEENTE',
  teamName: 'Gemeente Oostrand',
  botToken: 'xoxb-gemeente-7f3a9c1d',
  botUserId: 'U0BOTGEMEENTE',
  installerUserId: 'U0HANNEKE',
};
export const GGZ: StandInInstall = {
  teamId: 'T0GGZ',
  teamName: 'GGZ Oostrand',
  botToken: 'xoxb-ggz-4b8e2f60',
  botUserId: 'U0BOTGGZ',
  installerUserId: 'U0GGZBEHEER',
};
