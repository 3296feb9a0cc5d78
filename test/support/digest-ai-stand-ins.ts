import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { addMemberOnBothPlatforms } from './fixtures.ts';
import { startModelStandIn } from './model-stand-in.ts';
import { startSlackStandIn } from './slack-stand-in.ts';
import { createTestDatabase } from './test-database.ts';

/**
 * For the digest with the AI summary on: the digest region of test/digest/fixture.ts with Hanneke
 * Ooms as its projectleider (Slack U0HANNEKE, Teams 29:hanneke in `teamsTenant`), the Slack
 * stand-in, and a language model writing `modelText` that answers when the test lets it.
 * `aiEnv` points Schakel at that model with `apiKey`.
 */
export async function startDigestAiStandIns(opts: {
  modelText: string;
  teamsTenant: string;
  apiKey: string;
}) {
  const tdb = await createTestDatabase();
  const slack = await startSlackStandIn();
  const model = await startModelStandIn(opts.modelText);
  await insertDigestFixture(tdb.db);
  await addMemberOnBothPlatforms(tdb.db, {
    regionId: REGION,
    name: 'Hanneke Ooms',
    roles: ['projectleider'],
    slackUserId: 'U0HANNEKE',
    teamsTenant: opts.teamsTenant,
    teamsUserId: '29:hanneke',
  });
  const aiEnv = {
    AI_SUMMARY: 'true',
    AI_BASE_URL: `${model.url}/v1`,
    AI_MODEL: 'schakel-test',
    AI_API_KEY: opts.apiKey,
  };
  return { tdb, slack, model, aiEnv };
}
