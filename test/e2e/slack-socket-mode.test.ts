import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_ACTION } from '../../src/messages/commands.ts';
import { addMember } from '../support/fixtures.ts';
import { startSocketModeStandIn } from '../support/slack-socket-stand-in.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp } from '../support/test-app.ts';
import { createTestDatabase } from '../support/test-database.ts';

/** Schakel in Socket Mode (no public address): Slack's events come over a WebSocket it opens. */
/** The app on Socket Mode against the stand-ins, with one member who taps buttons. */
async function startOnSocketMode() {
  const tdb = await createTestDatabase();
  const socket = await startSocketModeStandIn();
  const slack = await startSlackStandIn({ socketUrl: socket.url });
  await addMember(tdb.db, {
    name: 'Joris Veldkamp',
    identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0JORIS' }],
    overleg: 'Werkgroep Testregio',
  });
  const app = await startTestApp(
    {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-1-test',
      SLACK_SOCKET_MODE: 'true',
      SLACK_API_URL: slack.apiUrl,
    },
    tdb.db,
  );
  await socket.connected();
  return {
    socket,
    slack,
    async stop() {
      for (const end of [() => app.stop(), () => socket.close(), () => slack.close(), () => tdb.drop()])
        await end();
    },
  };
}

describe('Slack in Socket Mode', () => {
  let on: Awaited<ReturnType<typeof startOnSocketMode>>;
  beforeAll(async () => {
    on = await startOnSocketMode();
  });
  afterAll(async () => on?.stop());

  const tap = (actionId: string, value: string) =>
    on.socket.interactive({
      type: 'block_actions',
      api_app_id: 'A0SCHAKEL',
      team: { id: STAND_IN_TEAM },
      user: { id: 'U0JORIS', team_id: STAND_IN_TEAM },
      trigger_id: `trigger-${actionId}`,
      response_url: on.slack.responseUrl,
      container: { type: 'message', channel_id: 'D0JORIS', message_ts: '1700000000.000100' },
      channel: { id: 'D0JORIS' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'acties', value, action_ts: '1.2' }],
    });

  it('a button no listener knows is acknowledged and its presser told so, as over HTTP', async () => {
    const after = on.slack.calls.length;
    expect(await tap('een_oude_knop', 'x')).toMatchObject({ envelope_id: expect.any(String) });
    const answer = await on.slack.waitFor((c) => c.path.startsWith('/response/'), { after });
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toBe(
      'Deze knop ken ik niet (meer). Typ /schakel help voor wat je nu kunt doen.',
    );
  });

  it('a button Schakel knows is answered by its listener, without the unknown-button answer', async () => {
    const after = on.slack.calls.length;
    await tap(COMMAND_ACTION, 'help');
    const answer = await on.slack.waitFor((c) => c.path.startsWith('/response/'), { after });
    expect(answer.body.replace_original).toBe(true);
    expect(JSON.stringify(answer.body.blocks)).toContain('Hoi Joris!');
    // The next request's answer follows; none said this button was unknown.
    await tap('nog_een_oude_knop', 'x');
    await on.slack.waitFor((c) => c.path.startsWith('/response/') && c.body.replace_original === false, {
      after,
    });
    const told = on.slack.calls.slice(after).filter((c) => String(c.body.text ?? '').includes('ken ik niet'));
    expect(told).toHaveLength(1);
  });
});
