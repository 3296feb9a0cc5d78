import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_TEXT } from '../../adapters/slack/listeners/commands/schakel.ts';
import { manualClock } from '../../src/clock.ts';
import { REGION } from '../digest/fixture.ts';
import { startDigestAiStandIns } from '../support/digest-ai-stand-ins.ts';
import { addMember } from '../support/fixtures.ts';
import type { startModelStandIn } from '../support/model-stand-in.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const SECRET = 'leden-veranderen-geheim';
const clock = manualClock('2026-09-10T08:00:00Z');
const MODEL_TEXT = 'De samenwerking groeit: het niveau steeg naar 3,5.';

/**
 * The projectleider asks for the digest draft (`samenvatting`) with the AI summary on, while the
 * region's members change: a draft is written only if its members are still those it was made
 * from (make-draft.ts), so it is made again. The language model is asked again only when what it
 * is given changed; when the members keep changing, the projectleider is told what to do.
 */
describe('a digest draft asked for while the region’s members change', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  // Holds each request until the test lets it go: the members change while the model writes.
  let model: Awaited<ReturnType<typeof startModelStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    let aiEnv: Record<string, string>;
    ({ tdb, slack, model, aiEnv } = await startDigestAiStandIns({
      modelText: MODEL_TEXT,
      teamsTenant: 'tenant-leden',
      apiKey: 'sleutel-leden',
    }));
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-leden', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, ...aiEnv },
      tdb.db,
      clock,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await model?.close();
    await tdb?.drop();
  });

  /** Hanneke types `/schakel samenvatting <period>`; "Bezig…" is replaced at `answerPath` of the stand-in. */
  async function askDraft(period: string, answerPath: string) {
    const body = slashCommandBody({
      text: `samenvatting ${period}`,
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: `${slack.url}${answerPath}`,
      channelId: 'D0HANNEKE',
    });
    const ack = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain(BUSY_TEXT);
  }

  const versionsOf = async (period: string) =>
    (await tdb.db.pool.query('SELECT version FROM digest_versions WHERE period_label = $1', [period])).rows;

  it('members who keep changing: a clear message saying what to do, nothing stored', async () => {
    await askDraft('2026-T2', '/response/blijft-veranderen');
    for (const name of ['Nieuw Lid Een', 'Nieuw Lid Twee', 'Nieuw Lid Drie']) {
      await waitFor('het taalmodel dat schrijft', () => model.waiting() === 1);
      // A werkgroep member more: the figures the model was given changed too.
      await addMember(tdb.db, { regionId: REGION, name, identities: [], overleg: 'Werkgroep' });
      model.release();
    }
    const answer = await slack.waitFor((c) => c.path === '/response/blijft-veranderen');
    const text = JSON.stringify(answer.body);
    expect(text).toContain('Het concept is niet gemaakt');
    expect(text).toContain('Probeer het over een paar minuten opnieuw');
    expect(text).not.toContain('Er ging iets mis in Schakel');
    expect(await versionsOf('2026-T2')).toEqual([]);
    expect(model.calls.filter((c) => c.path === '/v1/chat/completions')).toHaveLength(3);
  });

  it('a member added outside the werkgroepen while the model writes: its text is used, not asked again', async () => {
    const before = model.calls.length;
    await askDraft('2026-T1', '/response/een-keer');
    await waitFor('het taalmodel dat schrijft', () => model.waiting() === 1);
    // A new stuurgroeplid: the region's members changed, the figures the model was given did not.
    await addMember(tdb.db, {
      regionId: REGION,
      name: 'Nieuw Stuurgroeplid',
      roles: ['stuurgroeplid'],
      identities: [],
    });
    // Were the model asked again, it would answer at once: the count below tells.
    model.answerNewAtOnce();
    model.release();
    const preview = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0HANNEKE',
    );
    expect(JSON.stringify(preview.body)).toContain('het niveau steeg naar 3,5');
    expect(model.calls.length - before).toBe(1);
    expect(await versionsOf('2026-T1')).toEqual([{ version: 1 }]);
  });
});
