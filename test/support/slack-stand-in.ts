import { startRecordingServer } from './recording-server.ts';

export const STAND_IN_TEAM = 'T0SCHAKEL';
export const STAND_IN_BOT_USER = 'U0SCHAKELBOT';

/**
 * The Slack Web API as Schakel sees it, on 127.0.0.1: every call recorded by its
 * method name (`chat.postMessage`), answered like Slack answers.
 */
export async function startSlackStandIn() {
  let ts = 1_700_000_000;
  const server = await startRecordingServer((call) => {
    const method = call.path.replace(/^\/api\//, '');
    switch (method) {
      case 'auth.test':
        return {
          body: { ok: true, team_id: STAND_IN_TEAM, user_id: STAND_IN_BOT_USER, bot_id: 'B0SCHAKEL' },
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        return { body: { ok: true, channel: call.body.channel, ts: `${ts++}.000100` } };
      default:
        return { body: { ok: true } };
    }
  });
  return {
    ...server,
    apiUrl: `${server.url}/api/`,
    /** A response_url that Slack would put in a slash-command payload. */
    responseUrl: `${server.url}/response/1`,
    callsTo: (method: string) => server.calls.filter((c) => c.path === `/api/${method}`),
  };
}
