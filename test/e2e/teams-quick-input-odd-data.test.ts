import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionInvoke } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { type SignedTeamsOverHttp, startSignedTeamsOverHttp } from '../support/teams-over-http.ts';

/**
 * A press of the agenda call's input (verb `quick_input`) whose data is not an object, as Teams
 * never sends it but a signed request can: answered like a press without data, never a fault of
 * Schakel's own (no handler error counted, nothing logged as an error).
 */
describe('Teams: the quick input pressed with data that is not an object, over real HTTP', () => {
  let teams: SignedTeamsOverHttp | undefined;

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp({ lotteIn: TEAMS_APP_TENANT });
  });
  afterAll(() => teams?.stop());

  const handlerErrors = async () =>
    (await (await fetch(`${teams!.app.baseUrl}/metrics`)).text())
      .split('\n')
      .filter((l) => l.startsWith('schakel_handler_errors_total{'))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);

  it.each([
    ['a text', 'quick_agendapunt'],
    ['a number', 7],
  ])('data as %s: answered, no fault', async (_what, data) => {
    const press = cardActionInvoke({
      serviceUrl: teams!.connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
      verb: 'quick_input',
      data: {},
    });
    press.value.action.data = data as unknown as Record<string, unknown>;
    const errors = await handlerErrors();
    const res = await teams!.post(press);
    expect(res.status).toBe(200);
    expect(await handlerErrors()).toBe(errors);
    expect(teams!.app.logs.lines.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
  });
});
