import { type Reply, startRecordingServer } from './recording-server.ts';

export const STAND_IN_TEAM = 'T0SCHAKEL';
export const STAND_IN_BOT_USER = 'U0SCHAKELBOT';

/**
 * The Slack Web API as Schakel sees it, on 127.0.0.1: every call recorded by its
 * method name (`chat.postMessage`), answered like Slack answers.
 */
export async function startSlackStandIn(
  opts: { delayMs?: number; scopes?: readonly string[]; users?: Readonly<Record<string, string>> } = {},
) {
  let ts = 1_700_000_000;
  const server: Awaited<ReturnType<typeof startRecordingServer>> = await startRecordingServer(
    async (call): Promise<Reply> => {
      const method = call.path.replace(/^\/api\//, '');
      switch (method) {
        case 'auth.test':
          if (call.headers.authorization === 'Bearer xoxb-ingetrokken') {
            return { body: { ok: false, error: 'invalid_auth' } };
          }
          return {
            // Slack tells a token's scopes in this header.
            headers: opts.scopes ? { 'x-oauth-scopes': opts.scopes.join(',') } : {},
            body: { ok: true, team_id: STAND_IN_TEAM, user_id: STAND_IN_BOT_USER, bot_id: 'B0SCHAKEL' },
          };
        case 'chat.postMessage':
        case 'chat.postEphemeral':
          // Slack has the message from the moment it arrives, even if the answer never reaches the bot.
          if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
          return { body: { ok: true, channel: call.body.channel, ts: `${ts++}.000100` } };
        case 'users.lookupByEmail': {
          const id = opts.users?.[String(call.body.email)];
          return { body: id ? { ok: true, user: { id } } : { ok: false, error: 'users_not_found' } };
        }
        case 'conversations.open':
          // The app's DM with a member: one per user, as Slack keeps it.
          return { body: { ok: true, channel: { id: `D${String(call.body.users).replace(/^U/, '')}` } } };
        case 'views.open':
          return { body: { ok: true, view: { id: `V${ts++}`, hash: `${ts}.hash` } } };
        case 'conversations.history': {
          // What Slack would show: every message posted to the channel, with its metadata.
          const messages = server.calls
            .filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === call.body.channel)
            .map((c) => ({ type: 'message', text: c.body.text, metadata: c.body.metadata }));
          return { body: { ok: true, messages, has_more: false } };
        }
        default:
          return { body: { ok: true } };
      }
    },
  );
  return {
    ...server,
    apiUrl: `${server.url}/api/`,
    /** A response_url that Slack would put in a slash-command payload. */
    responseUrl: `${server.url}/response/1`,
    callsTo: (method: string) => server.calls.filter((c) => c.path === `/api/${method}`),
    /** What was posted in the app's DM with a member (after conversations.open). */
    directTo: (userId: string) =>
      server.calls.filter(
        (c) => c.path === '/api/chat.postMessage' && c.body.channel === `D${userId.replace(/^U/, '')}`,
      ),
  };
}
