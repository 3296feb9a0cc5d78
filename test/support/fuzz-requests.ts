import { FORM_ACTIONS } from '../../src/messages/checkin-messages.ts';
import { DIGEST_ACTIONS } from '../../src/messages/digest-messages.ts';
import { FORM_IDS } from '../../src/messages/forms/model.ts';
import { junkText, junkValue, mutate, type Random } from './fuzz-payloads.ts';
import { eventCallbackBody, interactionBody, slashCommandBody } from './slack-requests.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';
import { cardActionInvoke, messageActivity } from './teams-activities.ts';
import { TEAMS_APP_TENANT } from './teams-identity-stand-in.ts';

// Fuzzed requests for both platforms (test/e2e/request-fuzz.test.ts): the users, action ids and request
// shapes a seeded generator picks from, and a runner that sends them a few at a time.

// The tenant Schakel is configured for (TEAMS_TENANT_ID): activities from any other are refused.
export const TENANT = TEAMS_APP_TENANT;
const CONCURRENCY = 16;
const SLACK_USERS = ['U0FUZZ', 'U0ONBEKEND'];
export const TEAMS_USERS = ['29:fuzz', '29:onbekend'];
export const ACTION_IDS = [
  ...FORM_ACTIONS,
  ...Object.values(DIGEST_ACTIONS),
  'werkgroep_nieuw',
  'werkgroep_kies',
  'quick_input',
  'onbekend',
];

/** Runs `count` jobs, `CONCURRENCY` at a time, and returns every status. */
export async function inParallel(count: number, job: (i: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) statuses.push(await job(next++));
    }),
  );
  return statuses;
}

export function slackPayload(r: Random, responseUrl: string): { body: string; json: boolean } {
  const userId = r.pick(SLACK_USERS);
  const user = { id: userId, team_id: STAND_IN_TEAM };
  const team = { id: STAND_IN_TEAM, domain: 'fuzz' };
  const shapes: Array<() => { body: string; json: boolean }> = [
    () => ({
      body: slashCommandBody({ text: junkText(r), userId, teamId: STAND_IN_TEAM, responseUrl }),
      json: false,
    }),
    () => ({ body: `payload=${encodeURIComponent(JSON.stringify(junkValue(r)))}`, json: false }),
    () => ({ body: JSON.stringify(junkValue(r)), json: true }),
    () => ({
      body: r.pick(['null', '[]', '""', '0', '{', 'payload=', 'payload=%7B', '']),
      json: r.int(2) === 0,
    }),
    () => ({
      body: interactionBody(
        mutate(r, {
          type: 'block_actions',
          user,
          team,
          api_app_id: 'A0SCHAKEL',
          trigger_id: '1.2.fuzz',
          response_url: responseUrl,
          container: { type: 'message', channel_id: 'C0FUZZ' },
          channel: { id: 'C0FUZZ' },
          actions: [
            {
              action_id: r.pick(ACTION_IDS),
              block_id: 'b',
              type: 'button',
              value: junkText(r),
              action_ts: '1',
            },
          ],
        }) as Record<string, unknown>,
      ),
      json: false,
    }),
    () => ({
      body: interactionBody(
        mutate(r, {
          type: 'view_submission',
          user,
          team,
          api_app_id: 'A0SCHAKEL',
          view: {
            id: 'V0FUZZ',
            callback_id: r.pick([...FORM_IDS, 'quick_input', 'onbekend']),
            private_metadata: r.pick(['', '{}', JSON.stringify({ roundId: junkText(r) }), junkText(r)]),
            state: {
              values: { [junkText(r)]: { [junkText(r)]: { type: 'plain_text_input', value: junkText(r) } } },
            },
          },
        }) as Record<string, unknown>,
      ),
      json: false,
    }),
    () => ({
      body: JSON.stringify(
        mutate(
          r,
          JSON.parse(
            eventCallbackBody(STAND_IN_TEAM, {
              type: r.pick(['message', 'app_home_opened', 'app_uninstalled', 'tokens_revoked', 'onbekend']),
              user: userId,
              channel: 'D0FUZZ',
              channel_type: 'im',
              text: junkText(r),
              tab: 'home',
              ts: '1.1',
            }),
          ),
        ),
      ),
      json: true,
    }),
  ];
  return r.pick(shapes)();
}

export function teamsPayload(r: Random, serviceUrl: string): unknown {
  const userId = r.pick(TEAMS_USERS);
  const base = { serviceUrl, userId, tenantId: TENANT };
  const shapes: Array<() => unknown> = [
    () => messageActivity({ ...base, text: junkText(r) }),
    () => mutate(r, messageActivity({ ...base, text: junkText(r) })),
    () =>
      mutate(
        r,
        cardActionInvoke({
          ...base,
          tenantId: TENANT,
          verb: r.pick([...ACTION_IDS, ...FORM_IDS]),
          data: { action: r.pick(ACTION_IDS), value: junkText(r), [junkText(r)]: junkText(r) },
        }),
      ),
    () => ({
      ...messageActivity({ ...base, text: 'help' }),
      type: r.pick(['conversationUpdate', 'installationUpdate', 'invoke', 'event', 'typing', 'onbekend']),
    }),
    () => junkValue(r),
    () => {
      const { conversation: _c, ...rest } = messageActivity({ ...base, text: 'help' });
      return rest;
    },
  ];
  return r.pick(shapes)();
}
