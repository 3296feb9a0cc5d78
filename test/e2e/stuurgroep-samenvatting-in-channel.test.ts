import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { COMMAND_ACTION } from '../../src/messages/commands.ts';
import { REGION } from '../digest/fixture.ts';
import {
  DIGEST_TENANT,
  type DigestHarness,
  STUUR_TEAMS,
  startDigestHarness,
} from '../support/digest-harness.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { waitFor } from '../support/wait-for.ts';

const SECRET = 'samenvatting-kanaal';
const clock = manualClock('2026-09-10T08:00:00Z');
const DRAFT = `${REGION}|2026-T2|1`;
const LINK = 'https://schakel.example.nl/digest/';

/**
 * Sanne (stuurgroeplid) asks for the latest samenvatting in the stuurgroep's Teams channel: it is
 * hers to read, so it goes to her personal chat with Schakel and the channel reads only that it
 * did. Before anything was published, her press is answered to her alone and the card stays.
 */
describe('samenvatting laatste asked for in the stuurgroep channel on Teams', () => {
  let h: DigestHarness;
  beforeAll(async () => {
    h = await startDigestHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  const where = {
    serviceUrl: '',
    userId: '29:sanne',
    tenantId: DIGEST_TENANT,
    conversationId: STUUR_TEAMS,
    conversationType: 'channel' as const,
  };
  const press = async () => {
    const activity = invokeActivity({
      ...where,
      serviceUrl: h.teams.serviceUrl,
      verb: COMMAND_ACTION,
      data: { action: COMMAND_ACTION, value: 'samenvatting laatste' },
    });
    const res = await postActivity(h.app.baseUrl, activity);
    expect(res.status).toBe(200);
    return (await res.json()) as { type: string; value: unknown };
  };
  const personal = () => h.teams.directTo('29:sanne');

  it('nothing published yet: the press is answered to Sanne alone', async () => {
    const answer = await press();
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toBe(nl.answers.digest.noneYet);
    expect(h.toStuurgroep().teams).toHaveLength(0);
    expect(personal()).toHaveLength(0);
  });

  it('published: pressed or typed in the channel, it is sent to her personal chat', async () => {
    await h.slash('U0HANNEKE', 'samenvatting');
    await h.button('U0HANNEKE', 'digest_publish', DRAFT);
    await h.app.running.tick();
    await h.app.running.tick();
    expect(h.toStuurgroep().teams).toHaveLength(1);

    expect((await press()).value).toBe(nl.adapters.sentPrivately);
    await waitFor('the samenvatting in her chat', () => personal().length === 1);
    expect(JSON.stringify(personal()[0]?.body)).toContain(LINK);
    expect(h.toStuurgroep().teams).toHaveLength(1);

    const typed = messageActivity({ ...where, serviceUrl: h.teams.serviceUrl, text: 'samenvatting laatste' });
    expect((await postActivity(h.app.baseUrl, typed)).status).toBe(200);
    await waitFor('the line in the channel', () => h.toStuurgroep().teams.length === 2);
    const line = JSON.stringify(h.toStuurgroep().teams[1]?.body);
    expect(line).toContain(nl.adapters.sentPrivately);
    expect(line).not.toContain(LINK);
    await waitFor('the samenvatting in her chat again', () => personal().length === 2);
    expect(JSON.stringify(personal()[1]?.body)).toContain(LINK);
  });
});
